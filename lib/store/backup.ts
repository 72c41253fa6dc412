import { z } from 'zod';
import { refused, type Checked, type ImportProblem } from '../core/csv/problems';
import { BrandProfile } from '../core/model/brand';
import { CreatorRowSchema, EntryRowSchema, ScorecardRowSchema, SettingRowSchema, ShortlistRowSchema, SnapshotRowSchema } from '../core/model/rows';
import { traitsOf } from '../core/platforms/traits';
import { jsonShapeProblem } from './json-scan';
import { SCHEMA_VERSION, type MicroscopeDb } from './schema';
import { upgradeRows, type TableRows } from './upgrades';
import { CSV_COLUMNS } from '../core/csv/columns';

/** Each table and the schema its rows must pass on restore (after upgrading to this version). */
const TABLES = { creators: CreatorRowSchema, snapshots: SnapshotRowSchema, shortlists: ShortlistRowSchema, entries: EntryRowSchema, settings: SettingRowSchema, scorecards: ScorecardRowSchema } as const;
export type TableName = keyof typeof TABLES;
export const BACKUP_TABLES = Object.keys(TABLES) as TableName[];
const NAMES = BACKUP_TABLES;
/** The schema version each table first appeared in; a backup from then on must hold it. */
const SINCE: Record<TableName, number> = { creators: 1, snapshots: 1, shortlists: 1, entries: 1, settings: 1, scorecards: 3 };

/** The largest backup restore reads: far above a heavy scout's data, far below what would stall the tab. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
/** Our own rows nest about a dozen levels; anything much deeper is not ours. */
const MAX_DEPTH = 100;
/** Settings restore accepts, each with the schema its value must pass. */
const SETTINGS: Record<string, z.ZodType> = { brand: BrandProfile };

/**
 * dexie-export-import's JSON format (formatName "dexie", formatVersion 1), written and
 * read here so the same code runs in the extension, in vitest and in the bench (the
 * library needs a browser's FileReader); a backup also opens with that library's importDB.
 */
const BackupFile = z.object({
  formatName: z.literal('dexie'),
  formatVersion: z.literal(1),
  data: z.object({
    databaseName: z.string(),
    databaseVersion: z.number().int().min(1),
    tables: z.array(z.object({ name: z.string(), schema: z.string(), rowCount: z.number().int() })),
    data: z.array(z.object({ tableName: z.string(), inbound: z.boolean(), rows: z.array(z.record(z.string(), z.unknown())) })),
  }),
});

/** The whole database as one JSON text, read in one transaction so it is a consistent picture. */
export async function backupJson(db: MicroscopeDb): Promise<string> {
  return db.transaction('r', NAMES.map((n) => db.table(n)), async () => {
    const tables = await Promise.all(NAMES.map(async (n) => ({ name: n, rows: await db.table(n).toArray() })));
    return JSON.stringify({
      formatName: 'dexie',
      formatVersion: 1,
      data: {
        databaseName: db.name,
        databaseVersion: db.verno,
        tables: tables.map((t) => ({ name: t.name, schema: schemaOf(db, t.name), rowCount: t.rows.length })),
        data: tables.map((t) => ({ tableName: t.name, inbound: true, rows: t.rows })),
      },
    });
  });
}

function schemaOf(db: MicroscopeDb, table: string): string {
  const s = db.table(table).schema;
  return [s.primKey.src, ...s.indexes.map((i) => i.src)].join(',');
}

/** How many rows each backed-up table holds now: what the restore dialog shows beside the file's. */
export async function tableCounts(db: MicroscopeDb): Promise<Record<TableName, number>> {
  return db.transaction('r', NAMES.map((n) => db.table(n)), async () => Object.fromEntries(await Promise.all(NAMES.map(async (n) => [n, await db.table(n).count()] as const))) as Record<TableName, number>);
}

/** A backup that passed every check: the rows to write, as this version stores them. */
export interface CheckedBackup {
  rows: Record<TableName, unknown[]>;
  counts: Record<TableName, number>;
  upgradedFrom: number | null;
}

const whole = (message: string): ImportProblem[] => [{ row: null, message }];
const causeOf = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** UTF-8 bytes of a text, counted only when its length alone leaves it in doubt. */
function bytesOf(text: string): number {
  if (text.length * 3 <= MAX_BACKUP_BYTES || text.length > MAX_BACKUP_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/** The refusal for a file too large to read; the dashboard says it before reading the file at all. */
export function tooLarge(bytes: number): ImportProblem[] {
  return whole(`This file is ${mb(bytes)}; a backup may be at most ${mb(MAX_BACKUP_BYTES)}. Nothing was changed.`);
}

/**
 * Checks a backup without touching the database: the size, the JSON (no repeated key, no
 * absurd nesting), the format and version, that every table of ours is there and no other,
 * each row (upgraded from an older schema first), ids and handles, the brand setting,
 * unique keys, and that entries and scorecards point at rows in the same file. Never throws:
 * whatever goes wrong is a refusal that names the cause.
 */
export function checkBackup(json: string): Checked<CheckedBackup> {
  try {
    return check(json);
  } catch (err) {
    return refused(whole(`This backup could not be read (${causeOf(err)}). Nothing was changed.`));
  }
}

function check(json: string): Checked<CheckedBackup> {
  const size = bytesOf(json);
  if (size > MAX_BACKUP_BYTES) return refused(tooLarge(size));
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return refused(whole('This is not a Microscope backup: the file is not JSON.'));
  }
  const shape = jsonShapeProblem(json, MAX_DEPTH);
  if (shape) return refused(whole(`This backup is damaged or forged: ${shape}. Nothing was changed.`));
  const file = BackupFile.safeParse(raw);
  if (!file.success) return refused(whole(`This is not a Microscope backup (${file.error.issues[0]?.path.join('.')}: ${file.error.issues[0]?.message}).`));
  const from = file.data.data.databaseVersion;
  if (from > SCHEMA_VERSION) return refused(whole(`This backup comes from a newer Microscope (schema ${from}; this one reads up to ${SCHEMA_VERSION}). Update the extension, then restore.`));
  const names = file.data.data.data.map((t) => t.tableName);
  const unknown = names.filter((t) => !Object.hasOwn(TABLES, t) || SINCE[t as TableName] > from);
  if (unknown.length) return refused(whole(`This backup has tables Microscope does not know: ${[...new Set(unknown)].join(', ')}.`));
  const repeated = names.filter((t, i) => names.indexOf(t) !== i);
  if (repeated.length) return refused(whole(`This backup holds the table ${[...new Set(repeated)].join(', ')} more than once; which copy is meant cannot be told. Nothing was changed.`));
  const missing = NAMES.filter((n) => SINCE[n] <= from && !names.includes(n));
  if (missing.length) return refused(whole(`This backup lacks the table${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: restoring it would empty ${missing.length > 1 ? 'them' : 'it'}. Nothing was changed.`));
  const byTable: TableRows = Object.fromEntries(file.data.data.data.map((t) => [t.tableName, t.rows]));
  const upgraded = upgradeRows(byTable, from, SCHEMA_VERSION);
  if (upgraded.kept.length) return refused(upgraded.kept.map((k) => ({ row: null, message: `${k.table} row ${k.index + 1}${idOf(byTable[k.table]?.[k.index])} cannot be upgraded from schema ${from} (${k.message}).` })));
  const problems: ImportProblem[] = [];
  const clean = Object.fromEntries(NAMES.map((n) => [n, (upgraded.rows[n] ?? []).map((row, i) => {
    const r = TABLES[n].safeParse(row);
    if (!r.success) {
      problems.push({ row: null, message: `${n} row ${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).slice(0, 3).join('; ')}` });
      return null;
    }
    const own = rowProblem(n, r.data);
    if (typeof own === 'string') {
      problems.push({ row: null, message: `${n} row ${i + 1}: ${own}` });
      return null;
    }
    return own.row;
  })])) as Record<TableName, unknown[]>;
  if (problems.length) return refused(problems);
  const clashes = repeatedKeys(clean);
  if (clashes.length) return refused(clashes);
  const dangling = danglingEntries(clean);
  if (dangling.length) return refused(dangling);
  return { ok: true, value: { rows: clean, counts: Object.fromEntries(NAMES.map((n) => [n, clean[n].length])) as Record<TableName, number>, upgradedFrom: from < SCHEMA_VERSION ? from : null } };
}

const idOf = (row: unknown) => {
  const r = row as Record<string, unknown> | undefined;
  const id = r?.id ?? r?.key ?? r?.creatorId;
  return typeof id === 'string' || typeof id === 'number' ? ` (${id})` : '';
};

/** What the schema alone cannot say: a creator's id is its platform and handle, a handle keeps its platform's rule, a setting is one we know and valid. */
function rowProblem(table: TableName, row: unknown): string | { row: unknown } {
  if (table === 'creators') {
    const c = row as { id: string; platform: Parameters<typeof traitsOf>[0]; handle: string };
    if (c.id !== `${c.platform}:${c.handle}`) return `the id "${c.id}" is not "${c.platform}:${c.handle}" (platform:handle)`;
    const rule = traitsOf(c.platform).handle;
    if (!rule.test(c.handle)) return `"${c.handle}" is not a valid ${traitsOf(c.platform).name} handle (${rule.says})`;
  }
  if (table === 'snapshots') {
    // A visit is of the creator it is filed under: a backup must not plant another creator's numbers in someone's history.
    const v = row as { creatorId: string; snapshot: { platform: string; handle: string } };
    const own = `${v.snapshot.platform}:${v.snapshot.handle.toLowerCase()}`;
    if (v.creatorId !== own) return `the visit filed under "${v.creatorId}" is of ${own}`;
  }
  if (table === 'shortlists') {
    // A scout's own column may not take a documented column's name: it would export twice and not import back.
    const taken = (row as { extraColumns?: Array<{ name: string }> }).extraColumns?.find((c) => (CSV_COLUMNS as readonly string[]).includes(c.name));
    if (taken) return `its own column "${taken.name}" has the name of a Microscope column`;
  }
  if (table === 'settings') {
    const s = row as { key: string; value: unknown };
    const schema = Object.hasOwn(SETTINGS, s.key) ? SETTINGS[s.key] : undefined;
    if (!schema) return `Microscope has no setting "${s.key}"`;
    const v = schema.safeParse(s.value);
    if (!v.success) return `the ${s.key} setting is not valid (${v.error.issues.slice(0, 3).map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')})`;
    return { row: { key: s.key, value: v.data } };
  }
  return { row };
}

/** Two rows with one primary key, or one unique index value, would make the write fail half-way: name them first. */
function repeatedKeys(t: Record<TableName, unknown[]>): ImportProblem[] {
  const keys: Array<[TableName, string, (r: Record<string, unknown>) => unknown]> = [
    ['creators', 'id', (r) => r.id],
    ['snapshots', 'id', (r) => r.id],
    ['shortlists', 'id', (r) => r.id],
    ['shortlists', 'name', (r) => r.name],
    ['entries', 'id', (r) => r.id],
    ['entries', 'shortlist and creator', (r) => `${r.shortlistId} ${r.creatorId}`],
    ['settings', 'key', (r) => r.key],
    ['scorecards', 'creatorId', (r) => r.creatorId],
  ];
  const out: ImportProblem[] = [];
  for (const [table, what, keyOf] of keys) {
    const seen = new Map<unknown, number>();
    (t[table] as Array<Record<string, unknown>>).forEach((r, i) => {
      const k = keyOf(r);
      if (k === undefined) return;
      const first = seen.get(k);
      if (first === undefined) seen.set(k, i);
      else out.push({ row: null, message: `${table} rows ${first + 1} and ${i + 1} have the same ${what} (${String(k)})` });
    });
  }
  return out;
}

/**
 * Writes a checked backup in place of everything, in one transaction: all of it or, when the
 * database refuses anything, none of it (the refusal names the cause).
 */
export async function applyBackup(db: MicroscopeDb, backup: CheckedBackup): Promise<Checked<{ rows: Record<string, number>; upgradedFrom: number | null }>> {
  try {
    await db.transaction('rw', NAMES.map((n) => db.table(n)), async () => {
      for (const n of NAMES) {
        await db.table(n).clear();
        await db.table(n).bulkAdd(backup.rows[n]);
      }
    });
  } catch (err) {
    const inner = (err as { failures?: unknown[] }).failures?.[0];
    return refused(whole(`The database refused this backup (${causeOf(inner ?? err)}). Nothing was changed.`));
  }
  return { ok: true, value: { rows: { ...backup.counts }, upgradedFrom: backup.upgradedFrom } };
}

/**
 * Replaces the database with a backup, in one transaction. A backup from a newer
 * Microscope is refused; an older one is upgraded row by row as the schema would be.
 * Every row is validated first, so a damaged file changes nothing.
 */
export async function restoreBackup(db: MicroscopeDb, json: string): Promise<Checked<{ rows: Record<string, number>; upgradedFrom: number | null }>> {
  const checked = checkBackup(json);
  return checked.ok ? applyBackup(db, checked.value) : checked;
}

/** An entry must point at a list and a creator in the same backup, and a scorecard at a creator. */
function danglingEntries(t: Record<TableName, unknown[]>): ImportProblem[] {
  const lists = new Set((t.shortlists as Array<{ id?: number }>).map((s) => s.id));
  const creators = new Set((t.creators as Array<{ id: string }>).map((c) => c.id));
  return [
    ...(t.entries as Array<{ shortlistId: number; creatorId: string }>).flatMap((e, i) => (lists.has(e.shortlistId) && creators.has(e.creatorId) ? [] : [{ row: null, message: `entries row ${i + 1} points at a missing shortlist or creator (${e.shortlistId}, ${e.creatorId})` }])),
    ...(t.scorecards as Array<{ creatorId: string }>).flatMap((s, i) => (creators.has(s.creatorId) ? [] : [{ row: null, message: `scorecards row ${i + 1} points at a missing creator (${s.creatorId})` }])),
    ...(t.snapshots as Array<{ creatorId: string }>).flatMap((s, i) => (creators.has(s.creatorId) ? [] : [{ row: null, message: `snapshots row ${i + 1} points at a missing creator (${s.creatorId})` }])),
  ];
}
