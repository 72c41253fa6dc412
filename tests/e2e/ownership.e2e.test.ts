import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { ProfilePage } from './pages/profile';
import { SidePanel } from './pages/side-panel';
import { loadSamples } from './samples';

let h: Harness;
beforeAll(async () => { h = await launch(); }, 60_000);
afterAll(async () => h?.close());

describe('every number belongs to the creator in the address bar (real Chromium)', () => {
  it('a page that pushes other handles into the address bar gets "still loading", never the first creator\'s numbers', async () => {
    const sample = loadSamples().find((s) => s.id === 'ig-current')!;
    const profile = await ProfilePage.open(h, sample);
    const panel = await SidePanel.openFor(h, profile.page);
    expect(await panel.settled()).toBe('scorecard');
    // The scout keeps this creator; the addresses the page pushes next must leave no trace.
    const first = await panel.reads();
    await panel.page.getByTestId('score-again').click();
    await panel.readAfter(first);
    for (const victim of ['victim.one', 'victim.two', 'victim.three']) {
      const before = await panel.reads();
      // What these single-page apps do, and what a hostile page script can do at will:
      // change the address while the document still shows the first creator.
      await profile.pushState(`/${victim}/`);
      await panel.readAfter(before);
      const error = panel.page.getByTestId('error');
      expect(await error.getAttribute('data-reason'), victim).toBe('still-loading');
      expect(await error.innerText()).toContain(`@${victim}`);
      expect(await panel.page.getByTestId('followers').count()).toBe(0);
    }
    const stored = await panel.stored();
    // Only the creator the page really showed was stored, with its own exact count.
    expect(stored.creators).toEqual([{ id: 'instagram:wren.wears.again', followers: 38_217 }]);
    expect(new Set(stored.visits.map((v) => v.creatorId))).toEqual(new Set(['instagram:wren.wears.again']));
    await panel.close();
    await profile.close();
  }, 90_000);
});
