import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_READY, DASHBOARD_ROWS, EXPORT_CSV, FILE_MENU, STABLE_FLAGS, expectedCard } from '../pages/shared';
import { exportedRows } from '../pages/exported-csv';
import { creatorSamples, loadDemoBrand, loadSamples } from '../samples';
import { launchFirefox, poll, sleep, tabIdOf, type FirefoxHarness } from './browser';
import { FirefoxPanel, FirefoxProfile, saveBrandFirefox } from './pages';

const sample = (id: string) => loadSamples().find((s) => s.id === id)!;
/** A page Firefox cannot read is explained within 20 s (FirefoxPanel.settled); each gets that plus its tab's load. */
const UNREADABLE_TIMEOUT = 10_000 + loadSamples().filter((x) => x.expect.error).length * 30_000;

/**
 * The exported CSV, once Firefox has finished writing it: it writes a `.part` file first and renames
 * it when done, so the file counts when no `.part` is left and its size is above 0 and the same on
 * two polls in a row.
 */
async function finishedDownload(dir: string, name: RegExp, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  let seen = '';
  while (Date.now() < deadline) {
    const files = readdirSync(dir);
    const file = files.find((f) => name.test(f));
    const size = file ? statSync(join(dir, file)).size : -1;
    if (file && !files.some((f) => f.endsWith('.part')) && size > 0 && size === last && file === seen) return file;
    last = size;
    seen = file ?? '';
    await sleep(200);
  }
  throw new Error(`No finished ${name} in ${dir} after ${timeoutMs} ms (there: ${readdirSync(dir).join(', ') || 'nothing'}).`);
}


/**
 * The scout's path in real Firefox (Debian's firefox-esr) over the built Firefox add-on: one
 * browser for the file, so the tests run in order and build on one another, as a scout's day does:
 * each sample is read, scored and added; then the dashboard lists them and exports them to disk;
 * then the on-page button and the panel's following of its tab, on creators already there.
 */
describe('Firefox: the side panel, Add to, the dashboard and its CSV, the on-page button', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await launchFirefox();
    await saveBrandFirefox(h, loadDemoBrand());
  }, 60_000);
  afterAll(async () => h?.close());

  it.each(creatorSamples().map((s) => [s.id, s] as const))('%s: the panel shows the numbers the page holds; Score stores the visit; Add to puts it on the campaign', async (_id, s) => {
    const panel = await FirefoxPanel.openOn(h, s);
    const card = await panel.scorecard();
    const want = expectedCard(s);
    expect(card.state).toBe('scorecard');
    expect(card.texts['display-name']).toContain(String(s.expect.displayName ?? s.expect.handle ?? ''));
    expect(card.texts.followers).toBe(want.followers);
    expect(card.texts.engagement).toMatch(want.engagement);
    if (want.approximateEngagement) expect(card.texts.engagement).toMatch(/^≈/);
    expect(want.tiers).toContain(card.texts.tier);
    expect(card.flags).toEqual(expect.arrayContaining(STABLE_FLAGS[s.id] ?? []));
    // The panel's own read is shown, not kept: nothing of this creator is stored yet.
    const creatorId = `${s.platform}:${String(s.expect.handle).toLowerCase()}`;
    const mine = (v: { creatorId: string }) => v.creatorId.toLowerCase() === creatorId;
    expect((await panel.stored()).visits.filter(mine)).toEqual([]);
    await panel.score();
    expect((await panel.stored()).visits.filter(mine)).toHaveLength(1);
    expect(await panel.addTo()).not.toBe('');
    await panel.close();
  }, 30_000);

  it('explains a page it cannot read, naming what is missing', async () => {
    const failing = loadSamples().filter((x) => x.expect.error);
    expect(failing.length).toBeGreaterThan(0);
    for (const s of failing) {
      const panel = await FirefoxPanel.openOn(h, s);
      const card = await panel.scorecard();
      expect(card.state, s.id).toBe('error');
      expect(card.texts.error, s.id).toMatch(/Couldn.t read/);
      await panel.close();
    }
  }, UNREADABLE_TIMEOUT);

  it('lists every added creator in dashboard.html, and File ▾ → Export lands the CSV on disk', async () => {
    const creators = creatorSamples();
    const dash = await h.openExtensionPage('dashboard.html');
    await poll(dash, (sel: string) => document.querySelector(sel) !== null, 'the dashboard', 10_000, DASHBOARD_READY);
    const handles = await dash.$$eval(`${DASHBOARD_ROWS} a`, (links) => links.map((a) => a.textContent ?? ''));
    expect(await dash.$$eval(DASHBOARD_ROWS, (rows) => rows.length)).toBe(creators.length);
    for (const s of creators) expect(handles, s.id).toContain(`@${String(s.expect.handle)}`);

    expect(readdirSync(h.downloadDir, { withFileTypes: true }).filter((f) => f.isFile())).toEqual([]);
    await dash.click(FILE_MENU);
    await dash.click(EXPORT_CSV);
    // A CSV in the download folder, without a dialog, once Firefox has finished writing it.
    const file = await finishedDownload(h.downloadDir, /^microscope-campaign-.*\.csv$/);
    const csv = readFileSync(join(h.downloadDir, file), 'utf8');
    for (const [id, row] of exportedRows(csv, creators)) expect(row.status, id).toBe('prospect');
    await dash.close();
  }, 30_000);

  it('the on-page Score button (a trusted click on its closed shadow root) stores a visit and answers on the page', async () => {
    const s = sample('ig-legacy');
    const profile = await FirefoxProfile.open(h, s);
    const panel = await FirefoxPanel.openFor(h, profile, await tabIdOf(h, profile.page.url()));
    // Scored minutes ago by the test above, so a new Score replaces that visit with a newer one.
    const lastVisit = () => panel.lastVisitAt(`instagram:${String(s.expect.handle).toLowerCase()}`);
    const before = await lastVisit();
    expect(before).not.toBe('');
    // How long one normal read takes here (the panel's Score: page read, scoring, storing, painting); it stores a newer visit.
    const readMs = await panel.timeRescore();
    expect(readMs).toBeGreaterThan(0);
    await expect.poll(lastVisit, { timeout: 10_000 }).not.toBe(before);
    const hostBefore = await profile.hostBox();
    const readsBefore = await panel.reads();
    const visitBefore = await lastVisit();
    expect(hostBefore).not.toBeNull();
    // A page script's click is ignored: nothing is read, shown or stored for it, even after several reads' time.
    const clicked = await profile.page.evaluate(() => {
      const host = document.querySelector('microscope-score') as HTMLElement | null;
      host?.click();
      host?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return host !== null;
    });
    expect(clicked).toBe(true);
    await sleep(Math.max(1_000, 3 * readMs));
    expect(await profile.hostBox()).toEqual(hostBefore);
    expect(await panel.reads()).toBe(readsBefore);
    expect(await lastVisit()).toBe(visitBefore);
    // The same button under a trusted mouse click: the result line shows (the host grows), the panel reads it, a newer visit is stored.
    const { before: h0, after: h1 } = await profile.clickScore();
    expect(h0).toBe(hostBefore!.height);
    expect(h1).toBeGreaterThan(h0);
    await expect.poll(() => panel.reads(), { timeout: 10_000 }).toBeGreaterThan(readsBefore);
    await expect.poll(lastVisit, { timeout: 10_000 }).not.toBe(visitBefore);
    expect(await lastVisit() > visitBefore).toBe(true);
    // The open panel shows the stored scorecard the button's read produced.
    await poll(panel.page, () => !document.querySelector('[data-testid="not-stored"]') && document.querySelector('main')?.getAttribute('data-status') === 'ready', 'the stored scorecard in the panel');
    await panel.close();
  }, 30_000);

  it('the panel follows its tab to another creator without a reload, storing nothing', async () => {
    const first = sample('tt-current');
    const next = sample('yt-current');
    const panel = await FirefoxPanel.openOn(h, first);
    await panel.showsCreator(String(first.expect.displayName));
    const stored = (await panel.stored()).visits.length;
    await panel.profile!.goto(h, next);
    await panel.showsCreator(String(next.expect.displayName));
    expect((await panel.stored()).visits.length).toBe(stored);
    await panel.close();
  }, 30_000);
});
