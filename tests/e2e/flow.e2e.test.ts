import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFlow, type FlowResult } from './flow';
import { launch, type Harness } from './harness';
import { statSync } from 'node:fs';
import { creatorSamples, loadSamples, samplePath } from './samples';

const HOSTILE_HTML = '<img src=x onerror=alert(1)>';
const HOSTILE_FORMULA = '=HYPERLINK("http://evil.example","x")';
const fmt = (n: number) => new Intl.NumberFormat('en-US').format(n);

let h: Harness;
let result: FlowResult;

beforeAll(async () => {
  h = await launch();
  result = await runFlow(h, loadSamples());
}, 120_000);
afterAll(async () => h?.close());

describe('the scout path in real Chromium: profile → side panel → shortlist → CSV', () => {
  it('scores every sample creator and shows the numbers the page holds', () => {
    for (const sample of creatorSamples()) {
      const panel = result.panels.find((p) => p.sample.id === sample.id)!;
      expect(panel.state, sample.id).toBe('scorecard');
      const followers = sample.expect.followers as number | { approx: number };
      const shown = typeof followers === 'number' ? fmt(followers) : `≈${fmt(followers.approx)}`;
      expect(panel.texts.followers, sample.id).toBe(shown);
      // A private account shows no posts: engagement is unknown, never 0.
      expect(panel.texts.engagement, sample.id).toMatch(sample.expect.isPrivate ? /^unknown$/ : /^≈?\d+\.\d\d%$/);
      // A rate computed from rounded counts (YouTube subscribers, TikTok's rounded stats) says so.
      if (typeof sample.expect.followers === 'object' && sample.platform === 'youtube') expect(panel.texts.engagement, sample.id).toMatch(/^≈/);
      expect(['nano', 'micro', 'macro', 'mega']).toContain(panel.texts.tier);
    }
  });

  it('shows the flags each sample earns, with the demo brand applied', () => {
    // Flags that do not depend on the day the test runs (the browser reads the real clock).
    const expected: Record<string, string[]> = {
      'ig-current': ['competitor-mention'],
      'ig-legacy': ['undisclosed-sponsorship'],
      'tt-current': ['buried-disclosure', 'value-fit-fail'],
      'tt-legacy': ['ambiguous-disclosure', 'competitor-mention'],
      'yt-legacy': ['engagement-high'],
    };
    for (const [id, flags] of Object.entries(expected)) {
      const panel = result.panels.find((p) => p.sample.id === id)!;
      expect(panel.flags, id).toEqual(expect.arrayContaining(flags));
    }
    const clean = result.panels.find((p) => p.sample.id === 'ig-current')!;
    expect(clean.flags).not.toContain('undisclosed-sponsorship');
  });

  it('stores the scout\'s answer to a manual checklist item and rescores with it', () => {
    for (const p of result.panels.filter((x) => x.state === 'scorecard')) expect(p.manualAnswer, p.sample.id).toBe('pass');
    const rows = Papa.parse<Record<string, string>>(result.csv.slice(1), { header: true, delimiter: ',' }).data;
    const row = rows.find((r) => r.handle === 'kitchenwithmara');
    expect(row, JSON.stringify(rows.map((r) => [r.handle, r.value_fit]))).toBeDefined();
    // tt-current fails the automatic sustainability item ("haul") and now passes the manual one: 1 of 2 answered.
    expect(Number(row?.value_fit)).toBe(0.5);
  });

  it('explains a page it cannot read, naming what is missing', () => {
    for (const sample of loadSamples().filter((s) => s.expect.error)) {
      const panel = result.panels.find((p) => p.sample.id === sample.id)!;
      expect(panel.state).toBe('error');
      expect(panel.texts.error).toMatch(/Couldn.t read/);
      expect(panel.texts.error).toMatch(/followers/);
    }
  });

  it('renders hostile bios and captions inert', () => {
    const hostile = result.panels.filter((p) => (p.texts.bio ?? '').includes(HOSTILE_HTML));
    expect(hostile.length).toBeGreaterThan(0);
    for (const p of hostile) {
      expect(p.injectedElements).toBe(0);
      expect(p.texts.posts).toContain(HOSTILE_FORMULA);
    }
    expect(result.dialogs).toEqual([]);
  });

  it('exports one guarded CSV row per shortlisted creator with the on-screen numbers', () => {
    expect(result.csv.startsWith('\uFEFF')).toBe(true);
    expect(result.csv).toContain('\r\n');
    const parsed = Papa.parse<Record<string, string>>(result.csv.slice(1), { header: true, delimiter: ',', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const creators = creatorSamples();
    expect(parsed.data).toHaveLength(creators.length);
    expect(result.dashboardRows).toBe(creators.length);
    for (const sample of creators) {
      const row = parsed.data.find((r) => r.platform === sample.platform && r.handle === sample.expect.handle);
      expect(row, sample.id).toBeDefined();
      const followers = sample.expect.followers as number | { approx: number };
      expect(Number(row!.followers)).toBe(typeof followers === 'number' ? followers : followers.approx);
      const panel = result.panels.find((p) => p.sample.id === sample.id)!;
      if (sample.expect.isPrivate) expect(row!.engagement_rate).toBe('');
      else expect(`${(Number(row!.engagement_rate) * 100).toFixed(2)}%`).toBe(panel.texts.engagement?.replace(/^≈/, ''));
      expect(row!.tier).toBe(panel.texts.tier);
      expect(row!.status).toBe('prospect');
      expect((row!.flags ?? '').split('; ').filter(Boolean).sort()).toEqual([...new Set(panel.flags)].sort());
      // A count the page showed rounded is marked in the file too, where a teammate reads it.
      expect((row!.flags ?? '').split('; ').includes('rounded-followers'), sample.id).toBe(typeof followers === 'object');
      expect((row!.flags ?? '').split('; ').includes('approximate-engagement'), sample.id).toBe(panel.texts.engagement?.startsWith('≈') === true);
    }
    // The samples include rounded counts (YouTube subscribers, TikTok's 2022 page), so the checks above bite.
    expect(parsed.data.filter((r) => (r.flags ?? '').includes('approximate-engagement')).length).toBeGreaterThan(0);
    const hostileRow = parsed.data.find((r) => r.display_name?.includes('HYPERLINK'));
    expect(hostileRow?.display_name).toBe(`'${HOSTILE_FORMULA}`);
  });

  it('leaves the pages\' own requests intact: each sample page renders the data it fetched', () => {
    const fetching = result.panels.filter((p) => p.sample.payloads.length > 0);
    expect(fetching.length).toBeGreaterThan(0);
    for (const p of fetching) expect(p.pageOwnFetchOk, p.sample.id).toBe(true);
  });

  it('sends no network request of its own from the extension pages or the service worker', () => {
    const own = h.requests.filter((r) => {
      if (!/^https?:/.test(r.url())) return false;
      if (r.serviceWorker()) return true;
      try {
        return r.frame().url().startsWith('chrome-extension://');
      } catch {
        return false;
      }
    });
    expect(own.map((r) => r.url())).toEqual([]);
  });

  it('scores from the on-page button and follows the tab from profile to profile without a reload', () => {
    const f = result.follow!;
    expect(f).not.toBeNull();
    expect(f.buttonShown).toBe(true);
    expect(f.inlineResult).toMatch(/Wren Alvarez.*(nano|micro|macro|mega).*\d+\.\d\d% engagement/);
    // Leaving for a non-profile page removes the button; the panel keeps the card and says so.
    expect(f.afterLeaving).toEqual({ hosts: 0, leftNotice: true });
    // In-page navigation to another handle: the old button is gone, one new one is there, and the panel read again.
    expect(f.afterPushState.hosts).toBe(1);
    expect(f.afterPushState.oldHosts).toBe(0);
    expect(f.afterPushState.reread).toBe(true);
    // A full load of the second profile in the same tab: the same panel page now shows that creator, inert.
    expect(f.followedName).toBe(HOSTILE_FORMULA);
    expect(f.entry).toEqual({ status: 'contacted', tags: 'diy, outdoor', notes: 'Asked for media kit <b>not bold</b>', quote: '425', currency: 'USD' });
  });

  it('draws the engagement and follower charts with a text alternative', () => {
    const charts = result.follow!.charts;
    const engagement = charts.find((c) => c.id === 'engagement-chart');
    const followers = charts.find((c) => c.id === 'follower-chart');
    expect(engagement?.drawn).toBe(true);
    expect(engagement?.summary).toMatch(/post\(s\), from .*%/);
    expect(engagement?.rows).toBeGreaterThan(0);
    // The second creator was read in the main flow minutes ago and again here: one visit, one point
    // (a chart needs two visits to draw a line, so it says how history builds up instead).
    // The chart with two or more visits is covered by tests/unit/components/panel-parts.test.tsx.
    expect(followers).toBeUndefined();
  });

  it('follows the tab to a second profile on TikTok and YouTube too, and draws the engagement chart there', () => {
    for (const platform of ['tiktok', 'youtube']) {
      const [, second] = creatorSamples().filter((s) => s.platform === platform);
      expect(result.followed[platform], platform).toBe(second?.expect.displayName);
      expect(result.followed[`${platform}:engagement-chart`], `${platform} engagement chart`).toBe('true');
    }
  });

  it('filters the dashboard by platform', () => {
    expect(result.filtered.tiktok).toBe(creatorSamples().filter((s) => s.platform === 'tiktok').length);
  });

  it('paints the scorecard soon after the click (target ≤ 50 ms; asserted with generous slack for a shared machine)', () => {
    for (const p of result.panels) {
      console.log(`panel open → scorecard ${p.sample.id}: ${p.paintMs} ms; click "Score again" → painted: ${p.rescoreMs === null ? 'n/a' : `${p.rescoreMs.toFixed(0)} ms`}`);
    }
    const largest = [...creatorSamples()].sort((a, b) => statSync(samplePath(b.html)).size - statSync(samplePath(a.html)).size)[0]!;
    const timed = result.panels.find((p) => p.sample.id === largest.id)!;
    console.log(`click-to-scorecard on the largest sample page (${largest.id}): ${timed.rescoreMs?.toFixed(0)} ms (target ≤ 50 ms)`);
    // The bound is ten times the target: it catches a click that got slow (a page read echoed, a
    // second round trip), not the noise of a shared 2-core machine. npm run bench prints the median.
    for (const p of result.panels.filter((x) => x.rescoreMs !== null)) expect(p.rescoreMs, p.sample.id).toBeLessThan(500);
  });
});
