import type { Harness } from './harness';
import { ProfilePage } from './pages/profile';
import { SidePanel } from './pages/side-panel';
import type { Sample } from './samples';

export interface FollowReading {
  /** The on-page button existed on the first profile before anything was clicked. */
  buttonShown: boolean;
  /** What the button showed inline after a click. */
  inlineResult: string;
  /** After pushState to a non-profile path: button hosts left on the page, and the panel's note. */
  afterLeaving: { hosts: number; leftNotice: boolean };
  /** After pushState to another handle: the old host is gone, a new one is there, and the panel read again. */
  afterPushState: { hosts: number; oldHosts: number; reread: boolean; panelReason: string | null; panelName: string | null };
  /** After a full navigation of the same tab to the second profile: the name the panel shows. */
  followedName: string;
  /** The second creator's entry, edited in the panel and read back after a reload. */
  entry: { status: string; tags: string; notes: string } | null;
  charts: { id: string; summary: string; drawn: boolean; rows: number }[];
}

/**
 * One tab, two profiles of the same platform: score from the on-page button, move in-page
 * (history.pushState) and by a full load, and check that the panel follows without a reload.
 * Runs after the main flow, so `second` is already scored and shortlisted once.
 */
export async function followFlow(h: Harness, first: Sample, second: Sample, shortlist: string): Promise<FollowReading> {
  const profile = await ProfilePage.open(h, first);
  const buttonShown = await profile.scoreButton.isVisible();
  const panel = await SidePanel.openFor(h, profile.page);
  await panel.settled();
  const inlineResult = await profile.clickScore();

  // The panel picks up the button's read (one read on open, one shown from the button).
  await panel.page.waitForFunction(() => Number(document.querySelector('main')?.getAttribute('data-reads')) >= 2 && document.querySelector('main')?.getAttribute('data-status') === 'ready');
  const readsBefore = await reads(panel);
  await profile.markButton();
  await profile.pushState('/explore/');
  await panel.page.getByTestId('left-profile').waitFor({ timeout: 10_000 });
  await profile.page.waitForFunction(() => document.querySelectorAll('microscope-score').length === 0);
  const afterLeaving = { hosts: (await profile.buttonHosts()).total, leftNotice: true };

  // Another handle than `second`'s, so the full load below is a change of address too.
  await profile.pushState('/otherhandle/');
  await profile.page.locator('microscope-score button.score').waitFor();
  // The page's DOM still holds the first creator (no site script re-rendered it), so what the reread
  // finds does not matter here; that the panel read the tab again, without a reload, does.
  await panel.page.waitForFunction((n) => {
    const main = document.querySelector('main');
    return Number(main?.getAttribute('data-reads')) > n && main?.getAttribute('data-status') !== 'loading';
  }, readsBefore, { timeout: 10_000 });
  const hosts = await profile.buttonHosts();
  const afterPushState = {
    hosts: hosts.total,
    oldHosts: hosts.old,
    reread: (await reads(panel)) > readsBefore,
    panelReason: await panel.page.locator('[data-testid="error"]').getAttribute('data-reason').catch(() => null),
    panelName: await panel.page.getByTestId('display-name').textContent({ timeout: 500 }).catch(() => null),
  };

  await profile.goto(second);
  await panel.showsCreator(second.expect.displayName as string);
  const followedName = await panel.text('display-name');
  const entry = await panel.editEntry(shortlist, { status: 'contacted', tags: 'diy, outdoor', notes: 'Asked for media kit <b>not bold</b>', quote: '425', currency: 'USD' });
  const charts = await panel.charts();
  await panel.close();
  await profile.close();
  return { buttonShown, inlineResult, afterLeaving, afterPushState, followedName, entry, charts };
}

async function reads(panel: SidePanel): Promise<number> {
  return Number(await panel.page.locator('main').getAttribute('data-reads'));
}
