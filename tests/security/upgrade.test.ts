import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MicroscopeDb, SCHEMA_VERSION } from '@/lib/store/schema';
import { upgradeTo } from '@/lib/store/upgrades';
import { dashboardRows } from '@/lib/store/dashboard-rows';
import { summaryOf } from '@/lib/core/scoring/summary-of';
import { score } from '@/lib/core/scoring/score';
import { makeSnapshot } from '../helpers/snapshots';

// Finding "Upgrades" of the review (issue 13): one malformed version-1 row threw inside Dexie's
// upgrade, which aborted it, so the database never opened again. Now such a row is kept as it
// was (nothing lost), the rest is upgraded, and reads leave the row out until a visit rewrites it.

/** Versions 1 and 2 as released, frozen (as tests/unit/db/upgrade.test.ts keeps them). */
const V1_STORES = {
  creators: 'id, &[platform+handle], platform, lastScoredAt',
  snapshots: '++id, creatorId, [creatorId+capturedAt]',
  shortlists: '++id, &name',
  entries: '++id, &[shortlistId+creatorId], creatorId, status',
  settings: 'key',
};
const V2_STORES = {
  creators: 'id, &[platform+handle], platform, lastScoredAt, *links',
  entries: '++id, &[shortlistId+creatorId], creatorId, status, [shortlistId+status], *tags',
};

const names: string[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const n of names.splice(0)) await Dexie.delete(n);
});

async function writtenBy(version: 1 | 2, rows: Record<string, unknown[]>): Promise<string> {
  const name = `security-upgrade-${process.pid}-${names.length}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(1).stores(V1_STORES);
  if (version >= 2) old.version(2).stores(V2_STORES).upgrade(upgradeTo(2));
  await old.transaction('rw', old.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
  });
  old.close();
  return name;
}

function creator(handle: string, lastScore: unknown) {
  const snap = makeSnapshot({ handle, profileUrl: `https://www.instagram.com/${handle}/`, capturedAt: '2026-10-01T10:00:00.000Z' });
  return { id: `instagram:${handle}`, platform: 'instagram', handle, displayName: null, profileUrl: snap.profileUrl, followers: 20_000, followersApproximate: false, lastScoredAt: snap.capturedAt, lastScore: lastScore === undefined ? score(snap) : lastScore };
}

const entry = (id: number, creatorId: string) => ({ id, shortlistId: 1, creatorId, status: 'prospect', tags: [], notes: '', addedAt: '2026-10-02T10:00:00.000Z', updatedAt: '2026-10-02T10:00:00.000Z' });

describe('an upgrade never throws on a malformed row', () => {
  for (const [what, bad] of [['lastScore: null', null], ['lastScore cut short', { tier: 'micro' }], ['lastScore a string', 'garbage']] as const) {
    it(`opens a version-1 database holding a creator with ${what}, upgrades the rest, and keeps that row as written`, async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const good = creator('good.one', undefined);
      const broken = creator('broken.one', bad);
      const name = await writtenBy(1, {
        creators: [good, broken],
        shortlists: [{ id: 1, name: 'Spring', brief: '', createdAt: '2026-10-02T10:00:00.000Z' }],
        entries: [entry(1, good.id), entry(2, broken.id)],
        settings: [{ key: 'brand', value: { name: 'Acme' } }],
      });
      const db = new MicroscopeDb(name);
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSION);
      expect(await db.creators.get(good.id)).toEqual({ ...good, links: [], scoreSource: 'visit', lastScore: summaryOf(good.lastScore as ReturnType<typeof score>) });
      expect((await db.scorecards.get(good.id))?.scorecard).toEqual(good.lastScore);
      // Kept, not lost: only v2's neutral defaults were added; no scorecard was made up for it.
      expect(await db.creators.get(broken.id)).toEqual({ ...broken, links: [], scoreSource: 'visit' });
      expect(await db.scorecards.get(broken.id)).toBeUndefined();
      expect(await db.entries.count()).toBe(2);
      // Reads leave it out, as any row beyond repair.
      expect((await dashboardRows(db)).map((r) => r.creator.handle)).toEqual(['good.one']);
      db.close();
    });
  }

  it('opens a version-2 database whose creator row is not a scorecard-bearing object at all', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const good = { ...creator('good.one', undefined), links: [], scoreSource: 'visit' };
    const name = await writtenBy(2, {
      creators: [good, { id: 'instagram:odd', platform: 'instagram', handle: 'odd' }],
      shortlists: [{ id: 1, name: 'Spring', brief: '', createdAt: '2026-10-02T10:00:00.000Z', startsOn: null, endsOn: null, extraColumns: [] }],
      entries: [{ ...entry(1, good.id), answers: {}, quotedRate: null, extra: {} }],
    });
    const db = new MicroscopeDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.creators.get('instagram:odd')).toEqual({ id: 'instagram:odd', platform: 'instagram', handle: 'odd' });
    expect((await dashboardRows(db)).map((r) => r.creator.handle)).toEqual(['good.one']);
    db.close();
  });
});
