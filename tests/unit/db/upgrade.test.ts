import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { shortlistView } from '@/lib/store/queries';
import { MicroscopeDb, SCHEMA_VERSION } from '@/lib/store/schema';
import { upgradeRows, upgradeTo } from '@/lib/store/upgrades';
import { dashboardRows } from '@/lib/store/dashboard-rows';
import { summaryOf } from '@/lib/core/scoring/summary-of';
import type { Scorecard } from '@/lib/core/model/scorecard';
import { score } from '@/lib/core/scoring/score';
import { makeSnapshot } from '../../helpers/snapshots';

/** Version 1 as released in 0.1.0, frozen here: if schema.ts's copy drifts, this test still writes the real thing. */
const V1_STORES = {
  creators: 'id, &[platform+handle], platform, lastScoredAt',
  snapshots: '++id, creatorId, [creatorId+capturedAt]',
  shortlists: '++id, &name',
  entries: '++id, &[shortlistId+creatorId], creatorId, status',
  settings: 'key',
};

/** Version 2's changes, frozen the same way. */
const V2_STORES = {
  creators: 'id, &[platform+handle], platform, lastScoredAt, *links',
  entries: '++id, &[shortlistId+creatorId], creatorId, status, [shortlistId+status], *tags',
};

/** Version 3's changes, frozen the same way. */
const V3_STORES = { scorecards: 'creatorId' };

/** Version 4's changes, frozen the same way. */
const V4_STORES = { dashRows: 'id' };

const names: string[] = [];
let n = 0;

/** Writes rows with a frozen old schema, closes it, and returns the database name. */
async function writtenBy(version: 1 | 2 | 3 | 4, rows: Record<string, unknown[]>): Promise<string> {
  const name = `upgrade-${process.pid}-${n++}`;
  names.push(name);
  const old = new Dexie(name);
  old.version(1).stores(V1_STORES);
  if (version >= 2) old.version(2).stores(V2_STORES).upgrade(upgradeTo(2));
  if (version >= 3) old.version(3).stores(V3_STORES).upgrade(upgradeTo(3));
  if (version >= 4) old.version(4).stores(V4_STORES);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
  });
  old.close();
  return name;
}
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

/** Rows exactly as 0.2.0 wrote them: v2 fields, the full scorecard on the creator, answers on the creator. */
function v2Rows() {
  const v1 = v1Rows();
  const later = makeSnapshot({ handle: 'new.friend', profileUrl: 'https://www.instagram.com/new.friend/', capturedAt: '2026-10-05T10:00:00.000Z' });
  const card: Scorecard = score(later, { answers: { 'eco-stance': 'no' } });
  return {
    creators: [
      { ...v1.creators[0], links: ['tiktok:old.friend'], scoreSource: 'visit' },
      { id: 'instagram:new.friend', platform: 'instagram', handle: 'new.friend', displayName: null, profileUrl: later.profileUrl, followers: 31_000, followersApproximate: true, lastScoredAt: later.capturedAt, lastScore: card, scoreSource: 'visit', links: [] },
    ],
    snapshots: [...v1.snapshots, { id: 2, creatorId: 'instagram:new.friend', capturedAt: later.capturedAt, snapshot: later, compacted: false }],
    shortlists: [{ ...v1.shortlists[0], startsOn: '2026-11-01', endsOn: null, extraColumns: [{ name: 'Agent', after: 'handle' }] }],
    entries: [
      // No answers of its own: the creator's answers are copied in.
      { ...v1.entries[0], answers: {}, quotedRate: { amount: 400, currency: 'GBP' }, extra: { Agent: 'Sam' } },
      // Its own answers stay as they are.
      { id: 2, shortlistId: 1, creatorId: 'instagram:new.friend', status: 'prospect', tags: [], notes: '', addedAt: '2026-10-05T10:00:00.000Z', updatedAt: '2026-10-05T10:00:00.000Z', answers: { 'eco-stance': 'unsure' }, quotedRate: null, extra: {} },
    ],
    settings: v1.settings,
  };
}

describe('schema upgrade 1 → 2', () => {
  it('keeps every version-1 row and field as written, adding only neutral defaults', async () => {
    const rows = v1Rows();
    const name = await writtenBy(1, rows);
    const db = new Dexie(name);
    db.version(1).stores(V1_STORES);
    db.version(2).stores(V2_STORES).upgrade(upgradeTo(2));
    await db.open();
    expect(await db.table('creators').get('instagram:old.friend')).toEqual({ ...rows.creators[0], links: [], scoreSource: 'visit' });
    expect(await db.table('snapshots').toArray()).toEqual(rows.snapshots);
    expect(await db.table('shortlists').toArray()).toEqual([{ ...rows.shortlists[0], startsOn: null, endsOn: null, extraColumns: [] }]);
    expect(await db.table('entries').toArray()).toEqual([{ ...rows.entries[0], answers: {}, quotedRate: null, extra: {} }]);
    expect(await db.table('settings').toArray()).toEqual(rows.settings);
    // The new indexes answer queries over the upgraded rows.
    expect(await db.table('entries').where('tags').equals('uk').count()).toBe(1);
    expect(await db.table('entries').where('[shortlistId+status]').equals([1, 'negotiating']).count()).toBe(1);
    db.close();
  });
});

describe('schema upgrade 2 → 3', () => {
  it('moves each full scorecard to its own table unchanged, keeps its summary on the creator and every other field as written', async () => {
    const rows = v2Rows();
    const db = new MicroscopeDb(await writtenBy(2, rows));
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    for (const c of rows.creators) {
      expect(await db.scorecards.get(c.id as string)).toEqual({ creatorId: c.id, scoredAt: c.lastScoredAt, scorecard: c.lastScore });
      expect(await db.creators.get(c.id as string)).toEqual({ ...c, lastScore: summaryOf(c.lastScore as Scorecard) });
    }
    expect(await db.snapshots.toArray()).toEqual(rows.snapshots);
    expect(await db.shortlists.toArray()).toEqual(rows.shortlists);
    expect(await db.settings.toArray()).toEqual(rows.settings);
    const [copied, own] = await db.entries.toArray();
    expect(copied).toEqual({ ...rows.entries[0], answers: { 'eco-stance': 'yes' } });
    expect(own).toEqual(rows.entries[1]);
    db.close();
  });

  it('shows the same numbers on the dashboard before and after, for a creator scored without manual items', async () => {
    const rows = v2Rows();
    const db = new MicroscopeDb(await writtenBy(2, rows));
    const view = await shortlistView(db, 1);
    const stored = rows.creators[1]!.lastScore as Scorecard;
    const row = view.find((v) => v.creator.id === 'instagram:new.friend')!;
    expect(row.score.summary).toEqual(stored.summary);
    expect(row.score.engagementRate).toBe(stored.engagementRate);
    expect(row.score.flags).toEqual(stored.flags.map((f) => f.id));
    db.close();
  });
});

describe('schema upgrade 1 → 3', () => {
  it('opens data written by 0.1.0 directly', async () => {
    const rows = v1Rows();
    const db = new MicroscopeDb(await writtenBy(1, rows));
    await db.open();
    const c = rows.creators[0]!;
    expect(await db.creators.get(c.id)).toEqual({ ...c, links: [], scoreSource: 'visit', lastScore: summaryOf(c.lastScore) });
    expect((await db.scorecards.get(c.id))?.scorecard).toEqual(c.lastScore);
    expect((await db.entries.toArray())[0]).toEqual({ ...rows.entries[0], answers: { 'eco-stance': 'yes' }, quotedRate: null, extra: {} });
    expect((await shortlistView(db, 1)).map((v) => v.creator.handle)).toEqual(['old.friend']);
    db.close();
  });
});

describe('schema upgrade 3 → 4', () => {
  /** Rows as 0.3.0 wrote them: version 2's, upgraded as that build did. */
  const v3Rows = () => upgradeRows(v2Rows(), 2, 3).rows as Record<string, Array<Record<string, unknown>>>;

  it('adds the dashboard projection, one row per entry as the CSV view shows it, and changes no other row', async () => {
    const rows = v3Rows();
    const db = new MicroscopeDb(await writtenBy(3, rows));
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const keyed = (list: Array<Record<string, unknown>>, key: string) => [...list].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
    for (const [t, key] of [['creators', 'id'], ['snapshots', 'id'], ['shortlists', 'id'], ['entries', 'id'], ['settings', 'key'], ['scorecards', 'creatorId']] as const) {
      expect(keyed(await db.table(t).toArray(), key)).toEqual(keyed(rows[t]!, key));
    }
    expect(await db.dashRows.count()).toBe(rows.entries!.length);
    const shown = await dashboardRows(db);
    const whole = await shortlistView(db);
    expect(shown.map((r) => r.entry.id)).toEqual(whole.map((v) => v.entry.id));
    shown.forEach((r, i) => {
      const v = whole[i]!;
      expect(r.creator).toEqual({ id: v.creator.id, handle: v.creator.handle, displayName: v.creator.displayName, platform: v.creator.platform, profileUrl: v.creator.profileUrl, followers: v.creator.followers, followersApproximate: v.creator.followersApproximate });
      expect(r.entry).toEqual({ id: v.entry.id, shortlistId: v.entry.shortlistId, creatorId: v.entry.creatorId, status: v.entry.status, tags: v.entry.tags, notes: v.entry.notes, updatedAt: v.entry.updatedAt, quotedRate: v.entry.quotedRate });
      expect(r.shortlist).toEqual({ id: v.shortlist.id, name: v.shortlist.name });
      const { tier, engagementRate, engagementApproximate, flags, cost, engagementVerdict, riskIds, postsUsed, isPrivate, summary: { metrics, content, risk, overall } } = v.score;
      // What the decision reads: a summary stored before it kept the sample size reads it as unknown.
      expect(r.score).toEqual({ tier, engagementRate, engagementApproximate, flags, cost, summary: { metrics, content, risk, overall }, engagementVerdict, riskIds, postsUsed: postsUsed ?? null, isPrivate: isPrivate ?? false });
    });
    db.close();
  });

  it('leaves out an entry whose creator is beyond repair, as the CSV view does', async () => {
    const rows = v3Rows();
    rows.creators![1] = { ...rows.creators![1], platform: 'myspace' };
    const db = new MicroscopeDb(await writtenBy(3, rows));
    expect((await dashboardRows(db)).map((r) => r.creator.handle)).toEqual(['old.friend']);
    expect((await shortlistView(db)).map((v) => v.creator.handle)).toEqual(['old.friend']);
    db.close();
  });
});

describe('schema upgrade 4 → 5', () => {
  it('rebuilds the dashboard rows with what the decision reads, from the creators\' stored summaries, and changes no other row', async () => {
    const rows = upgradeRows({}, 0, 0).rows;
    const snap = makeSnapshot({ handle: 'risky', profileUrl: 'https://www.instagram.com/risky/', capturedAt: '2026-11-01T10:00:00.000Z', posts: [] });
    const summary = { ...summaryOf(score(snap)), riskIds: ['undisclosed-sponsorship'], flags: ['undisclosed-sponsorship'], engagementVerdict: 'suspiciously-high' };
    const creator = { id: 'instagram:risky', platform: 'instagram', handle: 'risky', displayName: 'Risky', profileUrl: snap.profileUrl, followers: 30_000, followersApproximate: false, lastScoredAt: snap.capturedAt, lastScore: summary, scoreSource: 'visit', links: [] };
    const entry = { id: 7, shortlistId: 1, creatorId: creator.id, status: 'prospect', tags: [], notes: '', addedAt: snap.capturedAt, updatedAt: snap.capturedAt, answers: {}, quotedRate: null, extra: {} };
    // A row as version 4 wrote it: without the decision's inputs.
    const v4Row = { id: 7, shortlistId: 1, creatorId: creator.id, status: 'prospect', tags: [], notes: '', updatedAt: snap.capturedAt, quotedRate: null, handle: 'risky', displayName: 'Risky', platform: 'instagram', profileUrl: snap.profileUrl, followers: 30_000, followersApproximate: false, tier: 'micro', engagementRate: null, engagementApproximate: false, flags: ['undisclosed-sponsorship'], cost: null, metrics: null, content: null, risk: 75, overall: null };
    const written = { ...rows, creators: [creator], shortlists: [{ id: 1, name: 'Spring', brief: '', createdAt: snap.capturedAt, startsOn: null, endsOn: null, extraColumns: [] }], entries: [entry], snapshots: [], settings: [], scorecards: [], dashRows: [v4Row] };
    const db = new MicroscopeDb(await writtenBy(4, written));
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.dashRows.get(7)).toMatchObject({ id: 7, handle: 'risky', flags: ['undisclosed-sponsorship'], riskIds: ['undisclosed-sponsorship'], engagementVerdict: 'suspiciously-high', isPrivate: false, postsUsed: 0 });
    expect(await db.creators.toArray()).toEqual([creator]);
    expect(await db.entries.toArray()).toEqual([entry]);
    db.close();
  });
});
