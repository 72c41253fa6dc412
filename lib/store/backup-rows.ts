import { z } from 'zod';
import { CSV_COLUMNS } from '../core/csv/columns';
import type { ImportProblem } from '../core/csv/problems';
import { BrandList, BrandProfile } from '../core/model/brand';
import { traitsOf } from '../core/platforms/traits';
import type { TableName } from './backup';

/** The checks a backup's rows must pass beyond their zod schemas, each naming what is wrong. */

/** Settings restore accepts, each with the schema its value must pass. */
const SETTINGS: Record<string, z.ZodType> = { brand: BrandProfile, brands: BrandList, lastCampaign: z.string().min(1).max(120) };

/** What the schema alone cannot say: a creator's id is its platform and handle, a handle keeps its platform's rule, a setting is one we know and valid. */
export function rowProblem(table: TableName, row: unknown): string | { row: unknown } {
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
export function repeatedKeys(t: Record<TableName, unknown[]>): ImportProblem[] {
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


/** An entry must point at a list and a creator in the same backup, and a scorecard at a creator. */
export function danglingEntries(t: Record<TableName, unknown[]>): ImportProblem[] {
  const lists = new Set((t.shortlists as Array<{ id?: number }>).map((s) => s.id));
  const creators = new Set((t.creators as Array<{ id: string }>).map((c) => c.id));
  return [
    ...(t.entries as Array<{ shortlistId: number; creatorId: string }>).flatMap((e, i) => (lists.has(e.shortlistId) && creators.has(e.creatorId) ? [] : [{ row: null, message: `entries row ${i + 1} points at a missing shortlist or creator (${e.shortlistId}, ${e.creatorId})` }])),
    ...(t.scorecards as Array<{ creatorId: string }>).flatMap((s, i) => (creators.has(s.creatorId) ? [] : [{ row: null, message: `scorecards row ${i + 1} points at a missing creator (${s.creatorId})` }])),
    ...(t.snapshots as Array<{ creatorId: string }>).flatMap((s, i) => (creators.has(s.creatorId) ? [] : [{ row: null, message: `snapshots row ${i + 1} points at a missing creator (${s.creatorId})` }])),
  ];
}
