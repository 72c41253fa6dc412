import type { Transaction } from 'dexie';
import { summaryOf } from '../core/scoring/summary-of';
import type { Scorecard } from '../core/model/scorecard';
import { CreatorRowSchema, EntryRowSchema, repaired } from '../core/model/rows';
import { dashRowOf } from './dashboard-rows';

/** A table's rows, as plain objects, keyed by table name: what a backup holds. */
export type TableRows = Record<string, Record<string, unknown>[]>;
type Row = Record<string, unknown>;

/**
 * One schema version's data change, as a pure function of whole tables, so Dexie's
 * upgrade hook and restoring an old backup run the very same code. An upgrade only
 * adds or rewrites rows, never deletes: the tests check every earlier field survives.
 */
interface Upgrade {
  /** Tables it reads; the tables it returns are written back (bulkPut). */
  reads: string[];
  run(rows: TableRows): TableRows;
}

const perRow = (table: string, up: (r: Row) => Row): Upgrade['run'] => (rows) => ({ [table]: (rows[table] ?? []).map(up) });

/** 1 → 2 adds fields with neutral defaults and changes nothing that exists. */
const V2: Upgrade = {
  reads: ['creators', 'shortlists', 'entries'],
  run: (rows) => ({
    ...perRow('creators', (c) => ({ links: [], scoreSource: 'visit', ...c }))(rows),
    ...perRow('shortlists', (s) => ({ startsOn: null, endsOn: null, extraColumns: [], ...s }))(rows),
    ...perRow('entries', (e) => ({ answers: {}, quotedRate: null, extra: {}, ...e }))(rows),
  }),
};

/**
 * 2 → 3 moves each creator's full scorecard to the scorecards table and keeps its summary
 * on the creator (the dashboard reads only that). Manual answers, kept per creator until
 * now, are copied to each of its entries that has none, so no campaign loses them.
 */
const V3: Upgrade = {
  reads: ['creators', 'entries'],
  run: (rows) => {
    const creators = rows.creators ?? [];
    const answersOf = new Map(creators.map((c) => [c.id, c.answers as Record<string, string> | undefined]));
    return {
      scorecards: creators.map((c) => ({ creatorId: c.id, scoredAt: c.lastScoredAt, scorecard: c.lastScore })),
      creators: creators.map((c) => ({ ...c, lastScore: summaryOf(c.lastScore as Scorecard) })),
      entries: (rows.entries ?? []).map((e) => {
        const inherited = answersOf.get(e.creatorId as string);
        const own = (e.answers ?? {}) as Record<string, string>;
        return Object.keys(own).length === 0 && inherited && Object.keys(inherited).length ? { ...e, answers: { ...inherited } } : e;
      }),
    };
  },
};

/**
 * 3 → 4 builds the dashboard's projection: one row per entry whose entry and creator read
 * (repaired) cleanly, as the store keeps it from then on (projection.ts). It only adds a
 * derived table; restore, which never takes derived tables from a file, lets the store rebuild it.
 */
const V4: Upgrade = {
  reads: ['creators', 'entries'],
  run: (rows) => {
    const creators = new Map((rows.creators ?? []).map((c) => [c.id, repaired(CreatorRowSchema, c)]));
    return {
      dashRows: (rows.entries ?? []).flatMap((raw) => {
        const e = repaired(EntryRowSchema, raw);
        const c = e && creators.get(e.creatorId);
        return e && c && typeof raw.id === 'number' ? [dashRowOf({ ...e, id: raw.id }, c)] : [];
      }),
    };
  },
};

/** By target version; append one for every new schema version. */
export const UPGRADES: Record<number, Upgrade> = { 2: V2, 3: V3, 4: V4 };

/** Dexie's upgrade hook for `version`: the same pure upgrade, over the stored tables. */
export function upgradeTo(version: number) {
  return async (tx: Transaction): Promise<void> => {
    const up = UPGRADES[version];
    if (!up) return;
    const rows: TableRows = {};
    for (const t of up.reads) rows[t] = await tx.table(t).toArray();
    for (const [table, list] of Object.entries(up.run(rows))) await tx.table(table).bulkPut(list);
  };
}

/** Brings a backup's rows from `from` up to `to`, one version at a time. */
export function upgradeRows(rows: TableRows, from: number, to: number): TableRows {
  let out = rows;
  for (let v = from + 1; v <= to; v++) {
    const up = UPGRADES[v];
    if (up) out = { ...out, ...up.run(out) };
  }
  return out;
}
