import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from '../e2e/harness';
import { ProfilePage } from '../e2e/pages/profile';
import { SidePanel } from '../e2e/pages/side-panel';
import { loadSamples } from '../e2e/samples';

// Finding 4 of the review (issue 13): with the panel open, every in-page pushState to a creator URL
// stored a visit, so a page script could plant another creator's numbers in the scout's history.
let h: Harness;
beforeAll(async () => { h = await launch(); }, 60_000);
afterAll(async () => h?.close());

describe('a page cannot write history for other creators (real Chromium)', () => {
  it('50 profile addresses pushed by a page script leave no visit and no number for any of them', async () => {
    const sample = loadSamples().find((s) => s.id === 'ig-current')!;
    const profile = await ProfilePage.open(h, sample);
    const panel = await SidePanel.openFor(h, profile.page);
    await panel.settled();
    const before = await panel.stored();
    const reads = await panel.reads();
    // The attack, as a page script would run it: no user gesture, one address after another.
    await profile.page.evaluate(async () => {
      for (let i = 0; i < 50; i++) {
        history.pushState({}, '', `/victim${i}/`);
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    // The panel follows (debounced) to the last address and reads it; the page never caught up.
    await panel.readAfter(reads);
    expect(await panel.page.getByTestId('error').getAttribute('data-reason')).toBe('still-loading');
    const after = await panel.stored();
    expect(after.visits.length).toBe(before.visits.length);
    expect(after.creators.filter((c) => /^instagram:victim\d+$/.test(c.id))).toEqual([]);
    // Every stored number still belongs to the creator it was read for.
    for (const v of after.visits) expect(v.creatorId).not.toMatch(/victim/);
    await panel.close();
    await profile.close();
  }, 90_000);

  it('ignores a click on the Score button once the page has made it see-through under a decoy', async () => {
    const sample = loadSamples().find((s) => s.id === 'ig-current')!;
    const profile = await ProfilePage.open(h, sample);
    const panel = await SidePanel.openFor(h, profile.page);
    await panel.settled();
    const before = (await panel.stored()).visits.length;
    // The page's own script: our host is in its DOM, so it can restyle it (never reach inside).
    await profile.page.evaluate(() => { (document.querySelector('microscope-score') as HTMLElement).style.opacity = '0'; });
    expect(await profile.clickScore()).toMatch(/hidden or restyled Microscope's button, so this click was ignored/);
    expect((await panel.stored()).visits.length).toBe(before);
    await panel.close();
    await profile.close();
  }, 60_000);
});
