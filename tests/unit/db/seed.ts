import { addToShortlist } from '@/lib/store/queries';
import { saveSnapshot } from '@/lib/store/visits';
import { MicroscopeDb } from '@/lib/store/schema';
import type { PlatformId } from '@/lib/core/model/snapshot';
import { score } from '@/lib/core/scoring/score';
import { makeSnapshot } from '../../helpers/snapshots';

let n = 0;
const open: MicroscopeDb[] = [];

/** A fresh, uniquely named database; closeAll() deletes every one a test opened. */
export function freshDb(name = `test-${process.pid}-${n++}`): MicroscopeDb {
  const db = new MicroscopeDb(name);
  open.push(db);
  return db;
}

export async function closeAll(): Promise<void> {
  for (const db of open.splice(0)) await db.delete();
}

/** Scores and stores a creator, then shortlists it; returns the creator id. */
export async function seedCreator(db: MicroscopeDb, handle: string, list = 'Spring launch', over: { platform?: PlatformId; followers?: number; capturedAt?: string } = {}): Promise<string> {
  const platform = over.platform ?? 'instagram';
  const profileUrl = platform === 'instagram' ? `https://www.instagram.com/${handle}/` : platform === 'tiktok' ? `https://www.tiktok.com/@${handle}` : `https://www.youtube.com/@${handle}`;
  const s = makeSnapshot({ platform, handle, profileUrl, displayName: `Name of ${handle}`, followers: over.followers ?? 20_000, capturedAt: over.capturedAt ?? '2026-11-01T10:00:00.000Z' });
  const { creatorId } = await saveSnapshot(db, s, score(s));
  await addToShortlist(db, creatorId, list, '2026-11-02T10:00:00.000Z');
  return creatorId;
}

export async function listId(db: MicroscopeDb, name = 'Spring launch'): Promise<number> {
  const list = await db.shortlists.where('name').equals(name).first();
  if (list?.id === undefined) throw new Error(`no list ${name}`);
  return list.id;
}

/** Everything in the database, for "nothing changed" checks. */
export async function dumpDb(db: MicroscopeDb): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

export const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
