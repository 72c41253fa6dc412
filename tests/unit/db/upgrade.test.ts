import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { shortlistView } from '@/lib/db/queries';
import { MicroscopeDb, SCHEMA_VERSION } from '@/lib/db/schema';
import { score } from '@/lib/scoring/score';
import { makeSnapshot } from '../../helpers/snapshots';

/** Version 1 as released in 0.1.0, frozen here: if schema.ts's copy drifts, this test still writes the real thing. */
const V1_STORES = {
  creators: 'id, &[platform+handle], platform, lastScoredAt',
  snapshots: '++id, creatorId, [creatorId+capturedAt]',
  shortlists: '++id, &name',
  entries: '++id, &[shortlistId+creatorId], creatorId, status',
  settings: 'key',
};

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

/** Rows exactly as 0.1.0 wrote them (no v2 fields). */
function v1Rows() {
  const snap = makeSnapshot({ handle: 'old.friend', profileUrl: 'https://www.instagram.com/old.friend/', capturedAt: '2026-10-01T10:00:00.000Z' });
  return {
    creators: [{ id: 'instagram:old.friend', platform: 'instagram', handle: 'old.friend', displayName: 'Old Friend', profileUrl: snap.profileUrl, followers: 20_000, followersApproximate: false, lastScoredAt: snap.capturedAt, lastScore: score(snap), answers: { 'eco-stance': 'yes' } }],
    snapshots: [{ id: 1, creatorId: 'instagram:old.friend', capturedAt: snap.capturedAt, snapshot: snap }],
    shortlists: [{ id: 1, name: 'Spring', brief: 'Vegan snacks', createdAt: '2026-10-02T10:00:00.000Z' }],
    entries: [{ id: 1, shortlistId: 1, creatorId: 'instagram:old.friend', status: 'negotiating', tags: ['uk'], notes: 'Ask about June', addedAt: '2026-10-02T10:00:00.000Z', updatedAt: '2026-10-03T10:00:00.000Z' }],
    settings: [{ key: 'brand', value: { name: 'Acme' } }],
  };
}

describe('schema upgrade 1 → 2', () => {
  it('keeps every version-1 row and field as written, adding only neutral defaults', async () => {
    const name = `upgrade-${process.pid}`;
    names.push(name);
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    const rows = v1Rows();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
    });
    old.close();

    const db = new MicroscopeDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const creator = await db.creators.get('instagram:old.friend');
    expect(creator).toEqual({ ...rows.creators[0], links: [], scoreSource: 'visit' });
    expect(await db.snapshots.toArray()).toEqual(rows.snapshots);
    expect(await db.shortlists.toArray()).toEqual([{ ...rows.shortlists[0], startsOn: null, endsOn: null, extraColumns: [] }]);
    expect(await db.entries.toArray()).toEqual([{ ...rows.entries[0], answers: {}, quotedRate: null, extra: {} }]);
    expect(await db.settings.toArray()).toEqual(rows.settings);
    // The new indexes answer queries over the upgraded rows.
    expect(await db.entries.where('tags').equals('uk').count()).toBe(1);
    expect(await db.entries.where('[shortlistId+status]').equals([1, 'negotiating']).count()).toBe(1);
    expect((await shortlistView(db, 1)).map((v) => v.creator.handle)).toEqual(['old.friend']);
    db.close();
  });
});
