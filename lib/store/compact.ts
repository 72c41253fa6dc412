import type { MicroscopeDb } from './schema';
import type { SnapshotRow } from '../core/model/rows';

/**
 * Snapshots keep every count forever (growth flags and charts need each visit), but
 * posts and comments, most of a snapshot's bytes, only on the newest few visits per
 * creator: scoring reads only followers from history, and the newest visit is rescored.
 * Who commented on which post, and when, stays (without the texts and captions): repeat
 * commenters are counted across every post the scout opened.
 */
export const FULL_SNAPSHOTS_PER_CREATOR = 3;

/** The rows (oldest first) that should lose their posts and comments; pure. */
export function rowsToCompact(oldestFirst: SnapshotRow[], keepFull = FULL_SNAPSHOTS_PER_CREATOR): SnapshotRow[] {
  return oldestFirst
    .slice(0, Math.max(0, oldestFirst.length - keepFull))
    .filter((r) => !r.compacted && (r.snapshot.posts.length > 0 || r.snapshot.comments.length > 0));
}

export function compacted(row: SnapshotRow): SnapshotRow {
  const commented = new Set(row.snapshot.comments.map((c) => c.postId));
  const posts = row.snapshot.posts.filter((p) => commented.has(p.id)).map((p) => ({ ...p, caption: '', hashtags: [], mentions: [], sponsors: [] }));
  const comments = row.snapshot.comments.map((c) => ({ ...c, text: '' }));
  return { ...row, compacted: true, snapshot: { ...row.snapshot, posts, comments } };
}

/** Compacts every creator's history; call inside or outside a transaction. Returns rows changed. */
export async function compactHistory(db: MicroscopeDb, keepFull = FULL_SNAPSHOTS_PER_CREATOR): Promise<number> {
  return db.transaction('rw', db.snapshots, async () => {
    const all = await db.snapshots.orderBy('[creatorId+capturedAt]').toArray();
    const byCreator = new Map<string, SnapshotRow[]>();
    for (const r of all) {
      const list = byCreator.get(r.creatorId) ?? [];
      list.push(r);
      byCreator.set(r.creatorId, list);
    }
    const changed = [...byCreator.values()].flatMap((rows) => rowsToCompact(rows, keepFull)).map(compacted);
    await db.snapshots.bulkPut(changed);
    return changed.length;
  });
}
