import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { CreatorRowSchema, EntryRowSchema, repaired, type DashRow } from '../core/model/rows';
import { dashRowOf } from './dashboard-rows';

/** The dashboard's projection: one row per entry whose creator is readable (see DashRowSchema). */
export const DASH_TABLE = 'dashRows';
const SOURCES = new Set(['entries', 'creators']);
/** Past this many creators written at once, one scan of entries beats an index lookup per creator. */
const SCAN_ABOVE = 32;
const ANY = { type: 3, lower: undefined, upper: undefined } as const; // DBCoreRangeType.Any
const equal = (key: unknown) => ({ type: 1, lower: key, upper: key }) as const; // DBCoreRangeType.Equal

/**
 * Keeps dashRows in step with entries and creators, below every write: any read-write
 * transaction that touches either table also takes the other and dashRows, and each mutation of them
 * rewrites the rows it changed in that same transaction. So no write path (a visit, a bulk
 * edit, a campaign deleted, an import, a restore, an undo, a hand `modify` in a test) can
 * forget it, and a write that fails leaves the projection as it was. Upgrades run in
 * versionchange transactions and build the table themselves (upgrades.ts).
 */
export const dashboardProjection: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'dashboard-projection',
  create: (down) => ({
    ...down,
    transaction(stores, mode, options) {
      // A row joins an entry with its creator: a write to either reads the other.
      const widen = mode === 'readwrite' && stores.some((s) => SOURCES.has(s)) && down.schema.tables.some((t) => t.name === DASH_TABLE);
      return down.transaction(widen ? [...new Set([...stores, ...SOURCES, DASH_TABLE])] : stores, mode, options);
    },
    table(name) {
      const table = down.table(name);
      if (!SOURCES.has(name)) return table;
      return {
        ...table,
        async mutate(req) {
          const res = await table.mutate(req);
          if (maintained(req.trans)) await follow(down, name, req, res);
          return res;
        },
      };
    },
  }),
};

function maintained(trans: DBCoreTransaction): boolean {
  const t = trans as unknown as Partial<Pick<IDBTransaction, 'mode' | 'objectStoreNames'>>;
  return t.mode === 'readwrite' && t.objectStoreNames?.contains(DASH_TABLE) === true;
}

async function follow(down: DBCore, table: string, req: DBCoreMutateRequest, res: DBCoreMutateResponse): Promise<void> {
  const { trans } = req;
  const entries = down.table('entries');
  const dash = down.table(DASH_TABLE);
  if (table === 'entries') {
    // Dash rows share the entries' keys.
    if (req.type === 'deleteRange') await dash.mutate({ type: 'deleteRange', trans, range: req.range });
    else if (req.type === 'delete') await dash.mutate({ type: 'delete', trans, keys: req.keys });
    else {
      const keys = (res.results ?? []).filter((k) => k !== undefined);
      await rewrite(down, trans, keys, await entries.getMany({ trans, keys }));
    }
    return;
  }
  // A creator changed, came or went: rewrite the rows of its entries (deleted when it is gone).
  const ids = req.type === 'deleteRange' ? null : req.type === 'delete' ? req.keys : (res.results ?? []);
  const byIndex = entries.schema.getIndexByKeyPath('creatorId');
  let found: Array<{ id: number }>;
  if (ids === null || ids.length > SCAN_ABOVE || !byIndex) {
    const wanted = ids && new Set(ids);
    found = (await entries.query({ trans, values: true, query: { index: entries.schema.primaryKey, range: ANY } })).result.filter((e: { creatorId: unknown }) => !wanted || wanted.has(e.creatorId));
  } else {
    found = (await Promise.all(ids.map((id) => entries.query({ trans, values: true, query: { index: byIndex, range: equal(id) } })))).flatMap((r) => r.result);
  }
  await rewrite(down, trans, found.map((e) => e.id), found);
}

/** Writes the dash row of each entry (stored value at `keys[i]`), or deletes it when the entry or its creator is gone or beyond repair. */
async function rewrite(down: DBCore, trans: DBCoreTransaction, keys: unknown[], stored: unknown[]): Promise<void> {
  if (keys.length === 0) return;
  const entries = stored.map((raw) => (raw === undefined ? null : repaired(EntryRowSchema, raw)));
  const creatorIds = [...new Set(entries.flatMap((e) => (e ? [e.creatorId] : [])))];
  const creatorRows = await down.table('creators').getMany({ trans, keys: creatorIds });
  const creators = new Map(creatorIds.map((id, i) => [id, repaired(CreatorRowSchema, creatorRows[i])]));
  const rows: DashRow[] = [];
  const gone: unknown[] = [];
  entries.forEach((e, i) => {
    const c = e && creators.get(e.creatorId);
    if (e && c) rows.push(dashRowOf({ ...e, id: keys[i] as number }, c));
    else gone.push(keys[i]);
  });
  const dash: DBCoreTable = down.table(DASH_TABLE);
  if (rows.length) await dash.mutate({ type: 'put', trans, values: rows });
  if (gone.length) await dash.mutate({ type: 'delete', trans, keys: gone });
}
