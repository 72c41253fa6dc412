import { z } from 'zod';
import { refused, type Checked, type ImportProblem } from '../core/csv/problems';
import { CreatorRowSchema, EntryRowSchema, ScorecardRowSchema, SettingRowSchema, ShortlistRowSchema, SnapshotRowSchema } from '../core/model/rows';
import { danglingEntries, repeatedKeys, rowProblem } from './backup-rows';
import { jsonShapeProblem } from './json-scan';
import { SCHEMA_VERSION, type MicroscopeDb } from './schema';
import { upgradeRows, type TableRows } from './upgrades';

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
