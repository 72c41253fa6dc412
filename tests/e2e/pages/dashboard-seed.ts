import type { Page } from 'playwright-core';
import { newEntry, newShortlist } from '@/lib/store/queries';
import { dashRowOf } from '@/lib/store/dashboard-rows';
import type { CreatorRow } from '@/lib/core/model/rows';
import type { Flag } from '@/lib/core/model/findings';
import type { Scorecard } from '@/lib/core/model/scorecard';
import { score } from '@/lib/core/scoring/score';
import { summaryOf } from '@/lib/core/scoring/summary-of';
import { cleanPosts, makeSnapshot, NOW } from '../../helpers/snapshots';

/** A creator to seed: its score's flags and overall are set, the rest is scored from a clean profile. */
export interface SeedCreator {
  handle: string;
  flags?: Flag[];
  overall?: number;
  notes?: string;
  tags?: string[];
}

/** The rows the extension would hold after visiting and adding each creator to one campaign, "Spring". */
function rowsOf(seeds: SeedCreator[]) {
  const at = NOW.toISOString();
  return seeds.map((s, i) => {
    const snapshot = makeSnapshot({ handle: s.handle, displayName: `Name of ${s.handle}`, profileUrl: `https://www.instagram.com/${s.handle}/`, posts: cleanPosts(12) });
    const scored = score(snapshot, { now: NOW });
    const card: Scorecard = { ...scored, flags: s.flags ?? scored.flags, summary: { ...scored.summary, overall: s.overall ?? scored.summary.overall } };
    const creator: CreatorRow = {
      id: `instagram:${s.handle}`, platform: 'instagram', handle: s.handle, displayName: snapshot.displayName, profileUrl: snapshot.profileUrl,
      followers: snapshot.followers, followersApproximate: false, lastScoredAt: at, lastScore: summaryOf(card), scoreSource: 'visit', links: [],
    };
    const entry = { ...newEntry(1, creator.id, at), id: i + 1, notes: s.notes ?? '', tags: s.tags ?? [] };
    return { creator, entry, dashRow: dashRowOf(entry, creator), scorecard: { creatorId: creator.id, scoredAt: at, scorecard: card }, snapshot: { id: i + 1, creatorId: creator.id, capturedAt: at, snapshot } };
  });
}

/**
 * Writes the creators straight into the extension's IndexedDB from its dashboard page (the
 * database Dexie opened, at its current version), as tests/bench does; the page then reloads.
 */
export async function seedDashboard(page: Page, seeds: SeedCreator[]): Promise<void> {
  const data = { rows: rowsOf(seeds), list: { ...newShortlist('Spring', NOW.toISOString()), id: 1 } };
  await page.evaluate(async ({ rows, list }) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => { const r = indexedDB.open('microscope'); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
    await new Promise<void>((ok, fail) => {
      const tables = ['shortlists', 'creators', 'entries', 'dashRows', 'scorecards', 'snapshots'];
      const tx = db.transaction(tables, 'readwrite');
      tx.objectStore('shortlists').put(list);
      for (const r of rows) {
        tx.objectStore('creators').put(r.creator);
        tx.objectStore('entries').put(r.entry);
        tx.objectStore('dashRows').put(r.dashRow);
        tx.objectStore('scorecards').put(r.scorecard);
        tx.objectStore('snapshots').put(r.snapshot);
      }
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, data);
  await page.reload();
}
