import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { SidePanel } from './pages/side-panel';
import { creatorSamples, loadSamples } from './samples';

const HOSTILE_FORMULA = '=HYPERLINK("http://evil.example","x")';
const sample = (id: string) => loadSamples().find((s) => s.id === id)!;
const NOTHING_STORED = { creators: [], visits: [] };

describe('the panel follows its tab without a reload (real Chromium; stores nothing)', () => {
  // One browser for these tests: following the tab reads and shows, but stores nothing, and each
  // test checks that the history is still empty, so none leaves anything for the next.
  const browser = useBrowser('all');

  it('leaving for a non-profile page (pushState) removes the on-page button; the panel keeps the card and says so', async () => {
    const panel = await SidePanel.openOn(browser(), sample('ig-current'));
    const profile = panel.profile!;
    await profile.scoreButton.waitFor();
    await profile.pushState('/explore/');
    await panel.page.getByTestId('left-profile').waitFor({ timeout: 10_000 });
    await profile.page.waitForFunction(() => document.querySelectorAll('microscope-score').length === 0);
    expect((await profile.buttonHosts()).total).toBe(0);
    expect(await panel.text('display-name')).toBe(sample('ig-current').expect.displayName);
    expect(await panel.stored()).toEqual(NOTHING_STORED);
    await panel.close();
  });

  it('in-page navigation to another handle: the old button goes, one new one comes, and the panel reads the tab again', async () => {
    const panel = await SidePanel.openOn(browser(), sample('ig-current'));
    const profile = panel.profile!;
    await profile.scoreButton.waitFor();
    await profile.markButton();
    const before = await panel.reads();
    await profile.pushState('/otherhandle/');
    await profile.page.locator('microscope-score:not([data-old])').waitFor();
    // The page's DOM still holds the first creator (no site script re-rendered it), so what the reread
    // finds does not matter here; that the panel read the tab again, without a reload, does.
    await panel.readAfter(before);
    expect(await profile.buttonHosts()).toEqual({ total: 1, old: 0 });
    expect(await panel.reads()).toBeGreaterThan(before);
    expect(await panel.stored()).toEqual(NOTHING_STORED);
    await panel.close();
  });

  it.each(['tiktok', 'youtube'] as const)('a full load of a second %s profile: the panel shows it and draws its engagement chart', async (platform) => {
    const [first, second] = creatorSamples().filter((s) => s.platform === platform && !s.expect.isPrivate);
    expect(first && second, `two ${platform} creators in the samples`).toBeTruthy();
    const panel = await SidePanel.openOn(browser(), first!);
    await panel.showsCreator(first!.expect.displayName as string);
    await panel.profile!.goto(second!);
    await panel.showsCreator(second!.expect.displayName as string);
    expect(await panel.text('display-name')).toBe(second!.expect.displayName);
    const engagement = (await panel.charts()).find((c) => c.id === 'engagement-chart');
    expect(engagement?.drawn && engagement.rows > 0, `${platform} engagement chart`).toBe(true);
    expect(await panel.stored()).toEqual(NOTHING_STORED);
    await panel.close();
  });
});

describe('scoring from the page and following to a shortlisted creator (real Chromium)', () => {
  // A browser per test: these store visits and entries.
  const browser = useBrowser('each');

  it('the on-page Score button shows on a profile, scores inline, and the open panel shows that stored scorecard', async () => {
    const panel = await SidePanel.openOn(browser(), sample('ig-current'));
    const profile = panel.profile!;
    expect(await profile.scoreButton.isVisible()).toBe(true);
    const before = await panel.reads();
    expect(await profile.clickScore()).toMatch(/Wren Alvarez.*(nano|micro|macro|mega).*\d+\.\d\d% engagement/);
    // The panel picks up the button's read: shown and stored, so no "not kept" note.
    await panel.readAfter(before);
    await panel.page.getByTestId('not-stored').waitFor({ state: 'detached' });
    expect((await panel.stored()).visits.map((v) => v.creatorId)).toEqual(['instagram:wren.wears.again']);
  });

  it('a full load of a shortlisted Instagram creator in the same tab: the panel shows it, inert, and saves edits to its entry', async () => {
    const h = browser();
    const [first, second] = [sample('ig-current'), sample('ig-legacy')];
    // The scout shortlisted the second creator earlier, in a tab since closed.
    await (await SidePanel.withShortlisted(h, second)).close();
    const panel = await SidePanel.openOn(h, first);
    await panel.profile!.goto(second);
    await panel.showsCreator(second.expect.displayName as string);
    expect(await panel.text('display-name')).toBe(HOSTILE_FORMULA);
    expect(await panel.page.locator('main img, main script, main iframe').count()).toBe(0);
    const entry = { status: 'contacted', tags: 'diy, outdoor', notes: 'Asked for media kit <b>not bold</b>', quote: '425', currency: 'USD' };
    expect(await panel.editEntry('My campaign', entry)).toEqual(entry);
    expect(h.dialogs).toEqual([]);
  });

  it('draws the engagement chart with a text alternative, and no follower chart from a single visit', async () => {
    const h = browser();
    const [first, second] = [sample('ig-current'), sample('ig-legacy')];
    await (await SidePanel.withShortlisted(h, second)).close();
    const panel = await SidePanel.openOn(h, first);
    await panel.profile!.goto(second);
    await panel.showsCreator(second.expect.displayName as string);
    const charts = await panel.charts();
    const engagement = charts.find((c) => c.id === 'engagement-chart');
    expect(engagement?.drawn).toBe(true);
    expect(engagement?.summary).toMatch(/post\(s\), from .*%/);
    expect(engagement?.rows).toBeGreaterThan(0);
    // One stored visit (the shortlisting), and following the tab stores none: one point, so no line
    // (the chart over two or more visits is covered by tests/unit/components/panel-parts.test.tsx).
    expect((await panel.stored()).visits.filter((v) => v.creatorId === 'instagram:mossandmortar')).toHaveLength(1);
    expect(charts.find((c) => c.id === 'follower-chart')).toBeUndefined();
  });
});
