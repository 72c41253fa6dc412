import type { Transaction } from 'dexie';
import { summaryOf } from '../core/scoring/summary-of';
import type { Scorecard } from '../core/model/scorecard';
import { ScoreSummary } from '../core/model/score-summary';
import { CreatorRowSchema, EntryRowSchema, repaired } from '../core/model/rows';
import { dashRowOf } from './dashboard-rows';

/** A table's rows, as plain objects, keyed by table name: what a backup holds. */
export type TableRows = Record<string, Record<string, unknown>[]>;
type Row = Record<string, unknown>;

/** A row an upgrade could not bring forward: its table, its place in that table, and why. */
export interface Unupgradable {
  table: string;
  index: number;
  message: string;
}
type Keep = (table: string, index: number, err: unknown) => void;

/**
 * One schema version's data change, as a pure function of whole tables, so Dexie's
 * upgrade hook and restoring an old backup run the very same code. An upgrade only
 * adds or rewrites rows, never deletes: the tests check every earlier field survives.
 *
 * An upgrade never throws (issue 13): a row it cannot bring forward is named through
 * `keep` and written back exactly as it was. Why keep it rather than quarantine it:
 * a throw inside Dexie's upgrade aborts the versionchange transaction, so one bad row
 * would keep the whole database from opening, for good. Leaving the row out would lose
 * the scout's data without a word; keeping it as is loses nothing, and the reads already
 * repair or skip rows beyond repair (HOUSE principle 5: the dashboard and the projection
 * leave such a creator out, and its next visit writes it afresh). Restoring an old
 * backup, where the scout can still choose, refuses instead and names the row (backup.ts).
 */
interface Upgrade {
  /** Tables it reads; the tables it returns are written back (bulkPut). */
  reads: string[];
  /** `keep` hears of each row kept as it was (none is thrown). */
  run(rows: TableRows, keep?: Keep): TableRows;
}

/** Each row through `up`; a row `up` throws on is kept as it was, and named. */
const perRow = (table: string, up: (r: Row) => Row) => (rows: TableRows, keep?: Keep): TableRows => ({
  [table]: (rows[table] ?? []).map((r, i) => {
    try {
      if (r === null || typeof r !== 'object' || Array.isArray(r)) throw new Error('the row is not an object');
      return up(r);
    } catch (err) {
      keep?.(table, i, err);
      return r;
    }
  }),
});

/** 1 → 2 adds fields with neutral defaults and changes nothing that exists. */
const V2: Upgrade = {
  reads: ['creators', 'shortlists', 'entries'],
  run: (rows, keep) => ({
    ...perRow('creators', (c) => ({ links: [], scoreSource: 'visit', ...c }))(rows, keep),
    ...perRow('shortlists', (s) => ({ startsOn: null, endsOn: null, extraColumns: [], ...s }))(rows, keep),
    ...perRow('entries', (e) => ({ answers: {}, quotedRate: null, extra: {}, ...e }))(rows, keep),
  }),
};

/**
 * 2 → 3 moves each creator's full scorecard to the scorecards table and keeps its summary
 * on the creator (the dashboard reads only that). Manual answers, kept per creator until
 * now, are copied to each of its entries that has none, so no campaign loses them.
 */
const V3: Upgrade = {
  reads: ['creators', 'entries'],
  run: (rows, keep) => {
    const creators = rows.creators ?? [];
    const answersOf = new Map(creators.map((c) => [c?.id, c?.answers as Record<string, string> | undefined]));
    const scorecards: Row[] = [];
    const moved = perRow('creators', (c) => {
      // A creator whose lastScore is no scorecard (null, cut short, hand-edited) stays as it was, with no scorecards row.
      const summary = summaryOf(c.lastScore as Scorecard);
      const check = ScoreSummary.safeParse(summary);
      if (!check.success) throw new Error(`lastScore is not a scorecard (${check.error.issues[0]?.path.join('.')}: ${check.error.issues[0]?.message})`);
      scorecards.push({ creatorId: c.id, scoredAt: c.lastScoredAt, scorecard: c.lastScore });
      return { ...c, lastScore: summary };
    })(rows, keep);
    const entries = perRow('entries', (e) => {
      const inherited = answersOf.get(e.creatorId as string);
      const own = (e.answers ?? {}) as Record<string, string>;
      return Object.keys(own).length === 0 && inherited && typeof inherited === 'object' && Object.keys(inherited).length ? { ...e, answers: { ...inherited } } : e;
    })(rows, keep);
    return { scorecards, ...moved, ...entries };
  },
};

/**
 * 3 → 4 builds the dashboard's projection: one row per entry whose entry and creator read
 * (repaired) cleanly, as the store keeps it from then on (projection.ts). It only adds a
 * derived table; restore, which never takes derived tables from a file, lets the store rebuild it.
 */
const V4: Upgrade = {
  reads: ['creators', 'entries'],
  run: (rows, keep) => {
    const creators = new Map((rows.creators ?? []).map((c) => [c?.id, repaired(CreatorRowSchema, c)]));
    return {
      dashRows: (rows.entries ?? []).flatMap((raw, i) => {
        try {
          const e = repaired(EntryRowSchema, raw);
          const c = e && creators.get(e.creatorId);
          return e && c && typeof raw.id === 'number' ? [dashRowOf({ ...e, id: raw.id }, c)] : [];
        } catch (err) {
          keep?.('entries', i, err);
          return [];
        }
      }),
    };
  },
};

/**
 * 4 → 5 rebuilds the dashboard's projection: its rows gained what the decision reads (engagement
 * verdict, risk ids, sample size, private), which the creators' stored summaries already hold,
 * so a team table opened after the upgrade marks risks and "suspiciously high" at once.
 */
const V5: Upgrade = { reads: V4.reads, run: V4.run };

/** By target version; append one for every new schema version. */
export const UPGRADES: Record<number, Upgrade> = { 2: V2, 3: V3, 4: V4, 5: V5 };

const reason = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Dexie's upgrade hook for `version`: the same pure upgrade, over the stored tables. A row
 * it cannot bring forward is written back as it was and logged (see Upgrade), never thrown.
 */
export function upgradeTo(version: number) {
  return async (tx: Transaction): Promise<void> => {
    const up = UPGRADES[version];
    if (!up) return;
    const rows: TableRows = {};
    for (const t of up.reads) rows[t] = await tx.table(t).toArray();
    const kept: Unupgradable[] = [];
    const out = up.run(rows, (table, index, err) => kept.push({ table, index, message: reason(err) }));
    for (const [table, list] of Object.entries(out)) await tx.table(table).bulkPut(list);
    if (kept.length) console.warn(`Microscope: schema ${version} kept ${kept.length} row(s) as they were`, kept);
  };
}

/**
 * Brings a backup's rows from `from` up to `to`, one version at a time; rows an upgrade could
 * not bring forward are listed (row numbers count from 0 within their table).
 */
export function upgradeRows(rows: TableRows, from: number, to: number): { rows: TableRows; kept: Unupgradable[] } {
  let out = rows;
  const kept: Unupgradable[] = [];
  for (let v = from + 1; v <= to; v++) {
    const up = UPGRADES[v];
    if (up) out = { ...out, ...up.run(out, (table, index, err) => kept.push({ table, index, message: `schema ${v - 1} → ${v}: ${reason(err)}` })) };
  }
  return { rows: out, kept };
}
