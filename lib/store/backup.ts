import { z } from 'zod';
import { refused, type Checked, type ImportProblem } from '../core/csv/problems';
import { CreatorRowSchema, EntryRowSchema, ScorecardRowSchema, SettingRowSchema, ShortlistRowSchema, SnapshotRowSchema } from '../core/model/rows';
import { SCHEMA_VERSION, type MicroscopeDb } from './schema';
import { upgradeRows, type TableRows } from './upgrades';

/** Each table and the schema its rows must pass on restore (after upgrading to this version). */
const TABLES = { creators: CreatorRowSchema, snapshots: SnapshotRowSchema, shortlists: ShortlistRowSchema, entries: EntryRowSchema, settings: SettingRowSchema, scorecards: ScorecardRowSchema } as const;
type TableName = keyof typeof TABLES;
const NAMES = Object.keys(TABLES) as TableName[];

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

/**
 * Replaces the database with a backup, in one transaction. A backup from a newer
 * Microscope is refused; an older one is upgraded row by row as the schema would be.
 * Every row is validated first, so a damaged file changes nothing.
 */
export async function restoreBackup(db: MicroscopeDb, json: string): Promise<Checked<{ rows: Record<string, number>; upgradedFrom: number | null }>> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return refused([{ row: null, message: 'This is not a Microscope backup: the file is not JSON.' }]);
  }
  const file = BackupFile.safeParse(raw);
  if (!file.success) return refused([{ row: null, message: `This is not a Microscope backup (${file.error.issues[0]?.path.join('.')}: ${file.error.issues[0]?.message}).` }]);
  const from = file.data.data.databaseVersion;
  if (from > SCHEMA_VERSION) return refused([{ row: null, message: `This backup comes from a newer Microscope (schema ${from}; this one reads up to ${SCHEMA_VERSION}). Update the extension, then restore.` }]);
  const unknown = file.data.data.data.map((t) => t.tableName).filter((t) => !(t in TABLES));
  if (unknown.length) return refused([{ row: null, message: `This backup has tables Microscope does not know: ${unknown.join(', ')}.` }]);
  const byTable: TableRows = Object.fromEntries(file.data.data.data.map((t) => [t.tableName, t.rows]));
  const upgraded = upgradeRows(byTable, from, SCHEMA_VERSION);
  const problems: ImportProblem[] = [];
  const clean = Object.fromEntries(NAMES.map((n) => [n, (upgraded[n] ?? []).map((row, i) => {
    const r = TABLES[n].safeParse(row);
    if (!r.success) problems.push({ row: null, message: `${n} row ${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).slice(0, 3).join('; ')}` });
    return r.success ? r.data : null;
  })])) as Record<TableName, unknown[]>;
  if (problems.length) return refused(problems);
  const dangling = danglingEntries(clean);
  if (dangling.length) return refused(dangling);
  await db.transaction('rw', NAMES.map((n) => db.table(n)), async () => {
    for (const n of NAMES) {
      await db.table(n).clear();
      await db.table(n).bulkAdd(clean[n]);
    }
  });
  return { ok: true, value: { rows: Object.fromEntries(NAMES.map((n) => [n, clean[n].length])), upgradedFrom: from < SCHEMA_VERSION ? from : null } };
}

/** An entry must point at a list and a creator in the same backup, and a scorecard at a creator. */
function danglingEntries(t: Record<TableName, unknown[]>): ImportProblem[] {
  const lists = new Set((t.shortlists as Array<{ id?: number }>).map((s) => s.id));
  const creators = new Set((t.creators as Array<{ id: string }>).map((c) => c.id));
  return [
    ...(t.entries as Array<{ shortlistId: number; creatorId: string }>).flatMap((e, i) => (lists.has(e.shortlistId) && creators.has(e.creatorId) ? [] : [{ row: null, message: `entries row ${i + 1} points at a missing shortlist or creator (${e.shortlistId}, ${e.creatorId})` }])),
    ...(t.scorecards as Array<{ creatorId: string }>).flatMap((s, i) => (creators.has(s.creatorId) ? [] : [{ row: null, message: `scorecards row ${i + 1} points at a missing creator (${s.creatorId})` }])),
  ];
}
