import type { StateCreator } from 'zustand';
import { applyBackup, backupJson, checkBackup, MAX_BACKUP_BYTES, tableCounts, tooLarge, type CheckedBackup, type TableName } from '../store/backup';
import { commitImport, exportCsv, previewCsvImport } from '../store/exchange';
import type { ImportPreview } from '../core/csv/merge';
import type { ImportProblem } from '../core/csv/problems';
import type { DashboardDeps, DashboardState } from './store';

/** An import in progress: checked and shown, but nothing written until commit. */
export type ImportDraft =
  | { stage: 'refused'; fileName: string; problems: ImportProblem[] }
  | { stage: 'preview'; fileName: string; shortlistId: number; preview: ImportPreview; choices: Record<string, 'ours' | 'theirs'> };

export type RestoreOutcome = { ok: true; text: string } | { ok: false; problems: ImportProblem[] };

/** A backup read and checked, not yet written: refused with its reasons, or the counts now and after. */
export type RestoreDraft =
  | { stage: 'refused'; fileName: string; problems: ImportProblem[] }
  | { stage: 'preview'; fileName: string; backup: CheckedBackup; now: Record<TableName, number> };

export interface DashboardExchangeSlice {
  importDraft: ImportDraft | null;
  restoreDraft: RestoreDraft | null;
  restoreOutcome: RestoreOutcome | null;
  /** The CSV of one shortlist, or of all when shortlistId is null. */
  exportText(shortlistId: number | null): Promise<string>;
  backupText(): Promise<string>;
  previewImport(shortlistId: number, fileName: string, bytes: ArrayBuffer | Uint8Array): Promise<void>;
  chooseConflict(key: string, side: 'ours' | 'theirs'): void;
  commitImport(): Promise<void>;
  cancelImport(): void;
  /** Checks a backup file (read only when it is within the size cap) and shows what restoring it would do; writes nothing. */
  previewRestore(fileName: string, size: number, read: () => Promise<string>): Promise<void>;
  /** Writes the previewed backup in place of everything. */
  restore(): Promise<void>;
  clearRestore(): void;
}

/** Every conflict has a choice, so Confirm may run. */
export function readyToCommit(d: ImportDraft | null): boolean {
  return d?.stage === 'preview' && d.preview.conflicts.every((c) => d.choices[c.key] === 'ours' || d.choices[c.key] === 'theirs');
}

export const createDashboardExchangeSlice = ({ db, now }: DashboardDeps): StateCreator<DashboardState, [], [], DashboardExchangeSlice> => (set, get) => ({
  importDraft: null,
  restoreDraft: null,
  restoreOutcome: null,
  exportText: (shortlistId) => exportCsv(db, shortlistId ?? undefined),
  backupText: () => backupJson(db),
  async previewImport(shortlistId, fileName, bytes) {
    const r = await previewCsvImport(db, shortlistId, bytes);
    set({ importDraft: r.ok ? { stage: 'preview', fileName, shortlistId, preview: r.value, choices: {} } : { stage: 'refused', fileName, problems: r.problems } });
  },
  chooseConflict(key, side) {
    const d = get().importDraft;
    if (d?.stage === 'preview') set({ importDraft: { ...d, choices: { ...d.choices, [key]: side } } });
  },
  async commitImport() {
    const d = get().importDraft;
    if (d?.stage !== 'preview' || !readyToCommit(d)) return;
    try {
      const { added, changed } = await commitImport(db, d.shortlistId, d.preview, d.choices, now());
      set({ importDraft: null, message: `Imported ${d.fileName}: ${added} added, ${changed} changed.`, error: null });
    } catch (err) {
      set({ error: `Import failed, nothing was written: ${(err as Error).message}` });
    }
    await get().afterWrite();
  },
  cancelImport: () => set({ importDraft: null }),
  async previewRestore(fileName, size, read) {
    set({ restoreOutcome: null, restoreDraft: null });
    try {
      const checked = size > MAX_BACKUP_BYTES ? ({ ok: false, problems: tooLarge(size) } as const) : checkBackup(await read());
      set({ restoreDraft: checked.ok ? { stage: 'preview', fileName, backup: checked.value, now: await tableCounts(db) } : { stage: 'refused', fileName, problems: checked.problems } });
    } catch (err) {
      // The file could not be read, or the database counted: say so in the dialog, never reset in silence.
      set({ restoreDraft: { stage: 'refused', fileName, problems: [{ row: null, message: `The file could not be read: ${(err as Error).message}` }] } });
    }
  },
  async restore() {
    const d = get().restoreDraft;
    if (d?.stage !== 'preview') return;
    const r = await applyBackup(db, d.backup);
    if (!r.ok) {
      set({ restoreDraft: null, restoreOutcome: { ok: false, problems: r.problems } });
      return;
    }
    const counts = Object.entries(r.value.rows).map(([t, n]) => `${n} ${t}`).join(', ');
    const upgraded = r.value.upgradedFrom === null ? '' : ` (upgraded from schema ${r.value.upgradedFrom})`;
    // The old undo steps point at rows that no longer exist.
    set({ restoreDraft: null, restoreOutcome: { ok: true, text: `Restored ${counts}${upgraded}.` }, undoStack: [], selected: [] });
    await get().afterWrite();
  },
  clearRestore: () => set({ restoreDraft: null, restoreOutcome: null }),
});
