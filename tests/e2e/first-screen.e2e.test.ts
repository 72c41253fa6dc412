import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { Dashboard } from './pages/dashboard';
import { FIRST_SCREEN, SidePanel } from './pages/side-panel';
import { creatorSamples, loadSamples, type Sample } from './samples';

const sample = (id: string) => loadSamples().find((s) => s.id === id)!;
const PLATFORM_NAMES = { instagram: 'Instagram', tiktok: 'TikTok', youtube: 'YouTube' } as const;

/** Campaigns with a follower range, written where the dashboard keeps them (the panel shares the extension's database). */
async function seedCampaigns(panel: SidePanel, campaigns: { name: string; low: number; high: number }[]): Promise<void> {
  await panel.page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('microscope');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('shortlists', 'readwrite');
    for (const c of rows) {
      tx.objectStore('shortlists').add({ name: c.name, brief: '', createdAt: new Date().toISOString(), startsOn: null, endsOn: null, extraColumns: [], followerRange: { low: c.low, high: c.high } });
    }
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    db.close();
  }, campaigns);
}

describe('the first screen at 360 × 650, on every readable sample (real Chromium)', () => {
  // A browser per sample: each adds its creator to a campaign.
  const browser = useBrowser('each');

  it.each(creatorSamples().map((s) => [s.id, s] as const))('%s: decide and add without scrolling; Add lists it in the dashboard; Copy summary copies it', async (_id, s: Sample) => {
    const h = browser();
    const panel = await SidePanel.openOn(h, s);
    expect(panel.page.viewportSize()).toEqual(FIRST_SCREEN);
    const decision = await panel.box(panel.page.getByTestId('decision'));
    const add = await panel.box(panel.addButton);
    expect(decision && decision.top >= 0 && decision.bottom <= FIRST_SCREEN.height, `${s.id}: decision ${JSON.stringify(decision)}`).toBe(true);
    expect(add && add.top >= 0 && add.bottom <= FIRST_SCREEN.height, `${s.id}: Add ${JSON.stringify(add)}`).toBe(true);
    // Nothing was scrolled to get there.
    expect(await panel.page.evaluate(() => window.scrollY + (document.querySelector('.content')?.scrollTop ?? 0))).toBe(0);
    const word = (await panel.decision()).match(/^(Shortlist|Check|Skip)\b/)?.[1];
    expect(word, s.id).toBeDefined();
    expect(await panel.tabsToAdd(), `${s.id}: Tab presses to Add`).toBeLessThanOrEqual(3);

    const summary = (await panel.copySummary()).split('\n');
    expect(summary[0]).toBe(`${await panel.text('display-name')} (@${s.expect.handle as string}, ${PLATFORM_NAMES[s.platform]})`);
    expect(summary[1]).toMatch(/^https:\/\/www\.(instagram|tiktok|youtube)\.com\//);
    expect(summary[2]?.startsWith(word!)).toBe(true);
    const followers = await panel.text('followers');
    expect(summary.find((l) => /^(Followers|Subscribers): /.test(l)), s.id).toMatch(new RegExp(`^\\w+: ${followers.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(|$)`));
    const flags = await panel.page.locator('li.flag').count();
    const listed = summary.slice(summary.indexOf('Flags:') + 1);
    expect(flags === 0 ? summary.includes('Flags: none') : listed.length === flags, `${s.id}: one line per flag`).toBe(true);

    const campaign = await panel.addToShortlist();
    expect(campaign).toBe('My campaign');
    const dashboard = await Dashboard.open(h);
    expect(await dashboard.shownCreators()).toContain(`${s.platform}:${(s.expect.handle as string).toLowerCase()}`);
  }, 60_000);
});

describe('the header speaks for the campaign\'s brief (real Chromium)', () => {
  const browser = useBrowser('each');

  it('shows the brief\'s follower range in the chip, and switching campaign rescores at once without storing a visit', async () => {
    const h = browser();
    const s = sample('ig-current'); // 38,217 followers: micro
    const panel = await SidePanel.openOn(h, s);
    await seedCampaigns(panel, [{ name: 'Small', low: 1_000, high: 10_000 }, { name: 'Mid', low: 10_000, high: 100_000 }]);
    await panel.page.reload();
    await panel.settled();
    expect(await panel.text('scored-for')).toMatch(/^Scored for Patchwork Outdoor · /);
    const pick = panel.page.getByLabel('Campaign to score for');

    let before = await panel.reads();
    await pick.selectOption('Small');
    await panel.readAfter(before);
    expect(await panel.text('brief-chip')).toBe('✗ micro · outside your 1k–10k brief');
    expect(await panel.decision()).toMatch(/^Skip\b[\s\S]*outside your 1k–10k brief/);

    before = await panel.reads();
    await pick.selectOption('Mid');
    await panel.readAfter(before);
    expect(await panel.text('brief-chip')).toBe('✓ micro · in your 10k–100k brief');
    expect(await panel.decision()).not.toMatch(/outside your/);
    // Switching scored the read the panel held again: no page read, no visit.
    expect(await panel.stored()).toEqual({ creators: [], visits: [] });
    expect(await panel.page.getByTestId('not-stored').count()).toBe(1);

    // Adding goes to the campaign the score is for, as a prospect, and stores the visit.
    expect(await panel.addToShortlist()).toBe('Mid');
    expect(await panel.page.getByTestId('status-pills').locator('[aria-pressed="true"]').getAttribute('data-status')).toBe('prospect');
    expect((await panel.stored()).visits).toHaveLength(1);
  }, 60_000);
});
