import type { CreatorRow, EntryRow, EntryStatus, ExtraColumn } from '../model/rows';
import { profileUrlOf } from './handles';
import type { ImportRow } from './import-row';
import { flagsOf, summaryOfRow } from './imported-score';
import { isNewer, unitedExtra, unitedNotes, unitedTags } from './merge-rules';
import type { ParsedImport } from './import';
import { refused, type Checked, type ImportProblem } from './problems';

/** What the database holds that a file may touch. */
export interface ImportBase {
  /** Stored creators the file names, whichever shortlist they are on. */
  creators: CreatorRow[];
  /** The target shortlist's entries. */
  entries: EntryRow[];
}

export interface PlannedRow {
  key: string;
  row: number;
  /** The creator to write (new, or refreshed by a newer score); null keeps the stored one. */
  creator: CreatorRow | null;
  /** The entry after the merge; on a status conflict, status is ours until the scout chooses. */
  entry: { status: EntryStatus; tags: string[]; notes: string; extra: Record<string, string> };
  /** What changes, in words, for the preview. */
  changes: string[];
}

export interface StatusConflict { key: string; row: number; ours: EntryStatus; theirs: EntryStatus }

export interface ImportPreview {
  added: PlannedRow[];
  changed: PlannedRow[];
  unchanged: number;
  conflicts: StatusConflict[];
  extraColumns: ExtraColumn[];
}

/**
 * Merges a parsed file into a shortlist, on paper: rows match on platform and handle,
 * the newer score wins, notes and tags are united, and differing statuses become
 * conflicts for the scout to settle in commitImport. Pure: same input, same preview.
 */
export function previewImport(existing: ImportBase, parsed: ParsedImport): Checked<ImportPreview> {
  const creators = new Map(existing.creators.map((c) => [c.id, c]));
  const entries = new Map(existing.entries.map((e) => [e.creatorId, e]));
  const out: ImportPreview = { added: [], changed: [], unchanged: 0, conflicts: [], extraColumns: parsed.extraColumns };
  const problems: ImportProblem[] = [];
  for (const r of parsed.rows) {
    const stored = creators.get(r.key);
    if (!stored && r.lastScoredAt === null) {
      problems.push({ row: r.row, message: `${r.key} is not in this browser yet and the row has no last_scored_at; score the profile first or fill in the date` });
      continue;
    }
    const creator = isNewer(r.lastScoredAt, stored?.lastScoredAt) ? creatorOf(r, stored) : null;
    const entry = entries.get(r.key);
    if (!entry) {
      out.added.push({ key: r.key, row: r.row, creator, entry: { status: r.status ?? 'prospect', tags: r.tags, notes: r.notes, extra: r.extra }, changes: [stored ? 'added to this campaign' : 'new creator'] });
      continue;
    }
    const planned = mergedEntry(entry, r);
    if (creator) planned.changes.unshift(`newer score (${r.lastScoredAt})`);
    if (r.status !== null && r.status !== entry.status) out.conflicts.push({ key: r.key, row: r.row, ours: entry.status, theirs: r.status });
    if (planned.changes.length || (r.status !== null && r.status !== entry.status)) out.changed.push({ key: r.key, row: r.row, creator, ...planned });
    else out.unchanged++;
  }
  return problems.length ? refused(problems) : { ok: true, value: out };
}

function mergedEntry(entry: EntryRow, r: ImportRow): Pick<PlannedRow, 'entry' | 'changes'> {
  const tags = unitedTags(entry.tags, r.tags);
  const notes = unitedNotes(entry.notes, r.notes);
  const extra = unitedExtra(entry.extra ?? {}, r.extra);
  const changes: string[] = [];
  if (tags.length > entry.tags.length) changes.push(`tags + ${tags.slice(entry.tags.length).join(', ')}`);
  if (notes !== entry.notes) changes.push('notes united');
  const extraChanged = Object.keys(extra).filter((k) => extra[k] !== (entry.extra ?? {})[k]);
  if (extraChanged.length) changes.push(`${extraChanged.join(', ')} updated`);
  return { entry: { status: entry.status, tags, notes, extra }, changes };
}

function creatorOf(r: ImportRow, stored: CreatorRow | undefined): CreatorRow {
  const [platform, handle] = [r.cells.platform as CreatorRow['platform'], r.key.slice(r.key.indexOf(':') + 1)];
  return {
    ...(stored?.answers ? { answers: stored.answers } : {}),
    id: r.key,
    platform,
    handle: stored?.handle ?? handle,
    displayName: (r.cells.display_name as string | null) ?? stored?.displayName ?? null,
    profileUrl: (r.cells.profile_url as string | null) ?? stored?.profileUrl ?? profileUrlOf(platform, handle),
    followers: r.cells.followers as number | null,
    // The exporting browser marked a rounded count with this flag; without it the count is taken as shown.
    followersApproximate: r.cells.followers !== null && flagsOf(r.cells).includes('rounded-followers'),
    lastScoredAt: r.lastScoredAt!,
    lastScore: summaryOfRow(r.cells),
    scoreSource: 'import',
    links: stored?.links ?? [],
  };
}
