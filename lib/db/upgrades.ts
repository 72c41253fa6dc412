import type { Transaction } from 'dexie';

/** A table's rows, as plain objects, keyed by table name: what a backup holds. */
export type TableRows = Record<string, Record<string, unknown>[]>;
type RowUpgrade = (row: Record<string, unknown>) => Record<string, unknown>;

/**
 * Version 1 → 2 adds fields with neutral defaults and changes nothing that exists:
 * the upgrade test checks every version-1 field comes back as it was written.
 * Pure per-row functions, so restore can upgrade an old backup the same way.
 */
const V2: Record<string, RowUpgrade> = {
  creators: (c) => ({ links: [], scoreSource: 'visit', ...c }),
  shortlists: (s) => ({ startsOn: null, endsOn: null, extraColumns: [], ...s }),
  entries: (e) => ({ answers: {}, quotedRate: null, extra: {}, ...e }),
};

/** Upgrades by target version; append one for every new schema version. */
export const ROW_UPGRADES: Record<number, Record<string, RowUpgrade>> = { 2: V2 };

/** Dexie's upgrade hook for `version`: applies that version's row upgrades in place. */
export function upgradeTo(version: number) {
  return async (tx: Transaction): Promise<void> => {
    for (const [table, up] of Object.entries(ROW_UPGRADES[version] ?? {})) {
      await tx.table(table).toCollection().modify((row: Record<string, unknown>) => {
        Object.assign(row, up(row));
      });
    }
  };
}

/** Brings a backup's rows from `from` up to `to`, one version at a time. */
export function upgradeRows(rows: TableRows, from: number, to: number): TableRows {
  let out = rows;
  for (let v = from + 1; v <= to; v++) {
    const ups = ROW_UPGRADES[v] ?? {};
    out = Object.fromEntries(Object.entries(out).map(([t, list]) => [t, ups[t] ? list.map(ups[t]) : list]));
  }
  return out;
}
