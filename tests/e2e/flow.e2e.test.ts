import Papa from 'papaparse';
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { ownRequests } from './harness';
import { Dashboard } from './pages/dashboard';
import { ProfilePage } from './pages/profile';
import { SidePanel, type Scorecard } from './pages/side-panel';
import { expectedCard, STABLE_FLAGS } from './pages/shared';
import { exportedRows } from './pages/exported-csv';
import { creatorSamples, loadSamples, samplePath, type Sample } from './samples';

const HOSTILE_HTML = '<img src=x onerror=alert(1)>';
const HOSTILE_FORMULA = '=HYPERLINK("http://evil.example","x")';
const sample = (id: string) => loadSamples().find((s) => s.id === id)!;
const csvRows = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true, delimiter: ',', skipEmptyLines: true });

describe('the side panel reads a profile from what the page shows (real Chromium; stores nothing)', () => {
  // One browser for these tests: each only opens a profile and its panel, whose own read is shown,
  // not stored, and checks that the history is still empty, so none leaves anything for the next.
  const browser = useBrowser('all');

  /** Opens the sample in a tab and its panel, reads what the panel shows, closes both, and checks nothing was stored. */
  async function read(s: Sample): Promise<Scorecard> {
    const panel = await SidePanel.openOn(browser(), s);
    const card = await panel.scorecard();
    expect(await panel.stored(), `${s.id}: the panel's own read is not kept`).toEqual({ creators: [], visits: [] });
    await panel.close();
    return card;
  }

  it.each(creatorSamples().map((s) => [s.id, s] as const))('%s: shows the numbers the page holds', async (_id, s) => {
    const card = await read(s);
    expect(card.state).toBe('scorecard');
    // The same expectations the Firefox suite holds its panel to (pages/shared.ts).
    const want = expectedCard(s);
    expect(card.texts.followers).toBe(want.followers);
    expect(card.texts.engagement).toMatch(want.engagement);
    if (want.approximateEngagement) expect(card.texts.engagement).toMatch(/^≈/);
    expect(want.tiers).toContain(card.texts.tier);
  });

  // Flags that do not depend on the day the test runs (the browser reads the real clock).
  const FLAGS = Object.entries(STABLE_FLAGS);
  it.each(FLAGS)('%s: shows the flags it earns with the demo brand (%j)', async (id, flags) => {
    const card = await read(sample(id));
    expect(card.flags).toEqual(expect.arrayContaining(flags));
    // ig-current's paid partnership is labelled: no false alarm.
    if (id === 'ig-current') expect(card.flags).not.toContain('undisclosed-sponsorship');
  });

  it('explains a page it cannot read, naming what is missing', async () => {
    const failing = loadSamples().filter((x) => x.expect.error);
    expect(failing.length).toBeGreaterThan(0);
    for (const s of failing) {
      const card = await read(s);
      expect(card.state, s.id).toBe('error');
      expect(card.texts.error, s.id).toMatch(/Couldn.t read/);
      expect(card.texts.error, s.id).toMatch(/followers/);
    }
  });

  it('leaves the pages\' own requests intact: each sample page renders the data it fetched', async () => {
    const fetching = creatorSamples().filter((s) => s.payloads.length > 0);
    expect(fetching.length).toBeGreaterThan(0);
    for (const s of fetching) {
      const panel = await SidePanel.openOn(browser(), s);
      expect(await panel.profile!.showsOwnData(), s.id).toBe(true);
      expect(await panel.stored()).toEqual({ creators: [], visits: [] });
      await panel.close();
    }
  });
});

describe('scoring and answering in the side panel (real Chromium)', () => {
  // A browser per test: these store visits and answers.
  const browser = useBrowser('each');

  it('renders a hostile bio and captions inert, on the panel, the dashboard and in the CSV', async () => {
    const h = browser();
    const s = creatorSamples().find((x) => (x.expect.bioContains as string | undefined)?.includes(HOSTILE_HTML))!;
    expect(s, 'a sample with a hostile bio').toBeDefined();
    const panel = await SidePanel.openOn(h, s);
    const card = await panel.scorecard();
    expect(card.texts.bio).toContain(HOSTILE_HTML);
    expect(card.texts.posts).toContain(HOSTILE_FORMULA);
    expect(card.injectedElements).toBe(0);
    await panel.score();
    await panel.addToShortlist();
    expect(await panel.page.locator('main img, main script, main iframe').count()).toBe(0);
    const dashboard = await Dashboard.open(h);
    const rows = csvRows(await dashboard.exportCsv()).data;
    // A spreadsheet must not run the name as a formula: the cell starts with a quote.
    expect(rows.find((r) => r.handle === s.expect.handle)?.display_name).toBe(`'${HOSTILE_FORMULA}`);
    expect(h.dialogs).toEqual([]);
  });

  it('stores the scout\'s answer to a manual checklist item and rescores with it', async () => {
    const h = browser();
    const s = sample('tt-current');
    const panel = await SidePanel.openOn(h, s);
    expect(await panel.answer('content-style', 'yes')).toBe('pass');
    // Answering stores a visit: the answer is there when the panel opens again.
    await panel.page.reload();
    await panel.settled();
    expect(await panel.page.locator('[data-item="content-style"]').getAttribute('data-status')).toBe('pass');
    await panel.addToShortlist();
    const dashboard = await Dashboard.open(h);
    const row = csvRows(await dashboard.exportCsv()).data.find((r) => r.handle === s.expect.handle);
    expect(row).toBeDefined();
    // tt-current fails the automatic sustainability item ("haul") and now passes the manual one: 1 of 2 answered.
    expect(Number(row?.value_fit)).toBe(0.5);
  });

  it('paints the scorecard soon after "Score" (target ≤ 50 ms; bound with generous slack for a shared machine)', async () => {
    const largest = [...creatorSamples()].sort((a, b) => statSync(samplePath(b.html)).size - statSync(samplePath(a.html)).size)[0]!;
    const times: Record<string, number> = {};
    for (const s of creatorSamples()) {
      const panel = await SidePanel.openOn(browser(), s);
      times[s.id] = await panel.timeRescore();
      await panel.close();
    }
    console.log(`click "Score" → painted: ${Object.entries(times).map(([id, ms]) => `${id} ${ms.toFixed(0)} ms`).join(', ')}`);
    console.log(`click-to-scorecard on the largest sample page (${largest.id}): ${times[largest.id]?.toFixed(0)} ms (target ≤ 50 ms)`);
    // The bound is ten times the target: it catches a click that got slow (a page read echoed, a
    // second round trip), not the noise of a shared 2-core machine. npm run bench prints the median.
    for (const [id, ms] of Object.entries(times)) expect(ms, id).toBeLessThan(500);
  }, 60_000);
});

describe('the shortlist, the dashboard and the CSV (real Chromium)', () => {
  const browser = useBrowser('each');

  it('the scout answers and shortlists every creator; the CSV has one guarded row each with the on-screen numbers', async () => {
    const h = browser();
    const creators = creatorSamples();
    const cards = new Map<string, Scorecard>();
    for (const s of creators) {
      const panel = await SidePanel.openOn(h, s);
      // Every creator's panel offers the brand's manual item and takes the answer.
      expect(await panel.answer('content-style', 'yes'), s.id).toBe('pass');
      await panel.addToShortlist();
      cards.set(s.id, await panel.scorecard());
      await panel.close();
    }
    const dashboard = await Dashboard.open(h);
    expect(await dashboard.rowCount()).toBe(creators.length);
    const csv = await dashboard.exportCsv();
    const parsed = csvRows(csv);
    const rows = exportedRows(csv, creators);
    for (const s of creators) {
      const row = rows.get(s.id);
      const card = cards.get(s.id)!;
      if (s.expect.isPrivate) expect(row!.engagement_rate, s.id).toBe('');
      else expect(`${(Number(row!.engagement_rate) * 100).toFixed(2)}%`, s.id).toBe(card.texts.engagement?.replace(/^≈/, ''));
      expect(row!.tier, s.id).toBe(card.texts.tier);
      expect(row!.status, s.id).toBe('prospect');
      const flags = (row!.flags ?? '').split('; ').filter(Boolean);
      expect([...flags].sort(), s.id).toEqual([...new Set(card.flags)].sort());
      // A count the page showed rounded is marked in the file too, where a teammate reads it.
      expect(flags.includes('rounded-followers'), s.id).toBe(typeof s.expect.followers === 'object' && s.expect.followers !== null);
      expect(flags.includes('approximate-engagement'), s.id).toBe(card.texts.engagement?.startsWith('≈') === true);
    }
    // The samples include rounded counts (YouTube subscribers, TikTok's 2022 page), so the checks above bite.
    expect(parsed.data.filter((r) => (r.flags ?? '').includes('approximate-engagement')).length).toBeGreaterThan(0);
    expect(parsed.data.find((r) => r.display_name?.includes('HYPERLINK'))?.display_name).toBe(`'${HOSTILE_FORMULA}`);
  }, 60_000);

  it('filters the dashboard by platform', async () => {
    const h = browser();
    const shortlisted = ['ig-current', 'tt-current', 'tt-legacy', 'yt-legacy'].map(sample);
    for (const s of shortlisted) await (await SidePanel.withShortlisted(h, s)).close();
    const dashboard = await Dashboard.open(h);
    expect(await dashboard.rowCount()).toBe(shortlisted.length);
    for (const platform of ['tiktok', 'instagram', 'youtube']) {
      expect(await dashboard.filter({ platform }), platform).toBe(shortlisted.filter((s) => s.platform === platform).length);
    }
    expect(await dashboard.filter({ platform: '' })).toBe(shortlisted.length);
  }, 60_000);

  it('sends no network request of its own from the extension pages or the service worker', async () => {
    const h = browser();
    // The scout's whole path on each platform: the panel's read, Score, shortlist; the dashboard,
    // an export and the options page; last, the on-page button.
    for (const s of [sample('ig-current'), sample('tt-current'), sample('yt-current')]) {
      const panel = await SidePanel.scoreSample(h, s);
      await panel.addToShortlist();
      await panel.close();
    }
    const dashboard = await Dashboard.open(h);
    await dashboard.exportCsv();
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.waitForLoadState('networkidle');
    // Last, because after a click on the on-page button every later Score in this headless browser
    // takes about 2 s (reported, not worked around here: it does not change what is requested).
    const profile = await ProfilePage.open(h, sample('ig-legacy'));
    expect(await profile.clickScore()).toMatch(/engagement/);
    // The sample pages fetched their own data, so the filter below has something to leave out.
    expect(h.requests.some((r) => r.url().includes('/api/'))).toBe(true);
    expect(ownRequests(h)).toEqual([]);
  }, 60_000);
});
