import { shortlistCsv } from '../core/csv/export';
import { parseImport } from '../core/csv/import';
import { previewImport, type ImportPreview } from '../core/csv/merge';
import { unitedExtra, unitedNotes, unitedTags } from '../core/csv/merge-rules';
import { refused, type Checked } from '../core/csv/problems';
import { newEntry, shortlistView } from './queries';
import type { EntryRow, MicroscopeDb } from './schema';

/** The CSV of one shortlist, or of all of them when shortlistId is left out. */
export async function exportCsv(db: MicroscopeDb, shortlistId?: number): Promise<string> {
  return shortlistCsv(await shortlistView(db, shortlistId));
}

/**
 * Reads a file's bytes and merges it on paper into a shortlist: nothing is written.
 * A malformed file comes back refused, with the rows at fault.
 */
export async function previewCsvImport(db: MicroscopeDb, shortlistId: number, bytes: ArrayBuffer | Uint8Array): Promise<Checked<ImportPreview>> {
  const parsed = parseImport(bytes);
  if (!parsed.ok) return parsed;
  return db.transaction('r', db.creators, db.entries, db.shortlists, async () => {
    if (!(await db.shortlists.get(shortlistId))) return refused<ImportPreview>([{ row: null, message: 'This campaign no longer exists; it may have been deleted in another tab.' }]);
    const found = await db.creators.bulkGet(parsed.value.rows.map((r) => r.key));
    const entries = await db.entries.where('shortlistId').equals(shortlistId).toArray();
    return previewImport({ creators: found.filter((c) => c !== undefined), entries }, parsed.value);
  });
}

/** The scout's answer to each status conflict, by creator id: keep ours or take theirs. */
export type ConflictChoices = Record<string, 'ours' | 'theirs'>;

export class ImportCommitError extends Error {
  override name = 'ImportCommitError';
}

/**
 * Applies a preview in one transaction: all of it or, on any failure, none of it.
 * Every status conflict needs a choice. Entries edited since the preview keep those
 * edits: tags, notes and columns are united again with what is stored now.
 */
export async function commitImport(db: MicroscopeDb, shortlistId: number, preview: ImportPreview, choices: ConflictChoices, now = new Date().toISOString()): Promise<{ added: number; changed: number }> {
  const unanswered = preview.conflicts.filter((c) => choices[c.key] !== 'ours' && choices[c.key] !== 'theirs');
  if (unanswered.length) throw new ImportCommitError(`Choose a status for ${unanswered.map((c) => `${c.key} (row ${c.row}: ${c.ours} or ${c.theirs})`).join(', ')}.`);
  const theirs = new Map(preview.conflicts.filter((c) => choices[c.key] === 'theirs').map((c) => [c.key, c.theirs]));
  const planned = [...preview.added, ...preview.changed];
  await db.transaction('rw', db.creators, db.entries, db.shortlists, async () => {
    const list = await db.shortlists.get(shortlistId);
    if (!list) throw new ImportCommitError('This campaign no longer exists; it may have been deleted in another tab.');
    await db.creators.bulkPut(planned.flatMap((p) => (p.creator ? [p.creator] : [])));
    const stored = new Map((await db.entries.where('shortlistId').equals(shortlistId).toArray()).map((e) => [e.creatorId, e]));
    const rows: EntryRow[] = planned.map((p) => {
      const current = stored.get(p.key) ?? newEntry(shortlistId, p.key, now);
      return {
        ...current,
        status: theirs.get(p.key) ?? (stored.has(p.key) ? current.status : p.entry.status),
        tags: unitedTags(current.tags, p.entry.tags),
        notes: unitedNotes(current.notes, p.entry.notes),
        extra: unitedExtra(current.extra ?? {}, p.entry.extra),
        updatedAt: now,
      };
    });
    await db.entries.bulkPut(rows);
    const known = new Set((list.extraColumns ?? []).map((c) => c.name));
    await db.shortlists.put({ ...list, extraColumns: [...(list.extraColumns ?? []), ...preview.extraColumns.filter((c) => !known.has(c.name))] });
  });
  return { added: preview.added.length, changed: preview.changed.length };
}
