import type { PlannedRow } from '@/lib/core/csv/merge';
import { readyToCommit } from '@/lib/dashboard/exchange-slice';
import { useDashboard } from '@/lib/dashboard/context';
import { Dialog } from '../../../components/dashboard/Dialog';

function Planned({ title, rows, testId }: { title: string; rows: PlannedRow[]; testId: string }) {
  if (rows.length === 0) return null;
  return (
    <>
      <h3>{title} ({rows.length})</h3>
      <ul data-testid={testId}>{rows.map((r) => <li key={r.key}>row {r.row}: {r.key} — {r.changes.join('; ') || 'status only'}</li>)}</ul>
    </>
  );
}

/** The import preview: nothing is written until Confirm, and every status conflict needs a choice first. */
export function ImportDialog() {
  const draft = useDashboard((s) => s.importDraft);
  const lists = useDashboard((s) => s.lists);
  const choose = useDashboard((s) => s.chooseConflict);
  const commit = useDashboard((s) => s.commitImport);
  const cancel = useDashboard((s) => s.cancelImport);
  const error = useDashboard((s) => s.error);
  if (!draft) return null;
  if (draft.stage === 'refused') {
    return (
      <Dialog title={`Import refused: ${draft.fileName}`} onClose={cancel} testId="import-dialog">
        <p>Nothing was imported. Fix these rows and try again (row 1 is the header):</p>
        <ul data-testid="import-problems">{draft.problems.map((p, i) => <li key={i}>{p.row === null ? 'whole file' : `row ${p.row}`}: {p.message}</li>)}</ul>
        <div className="actions"><button type="button" onClick={cancel}>Close</button></div>
      </Dialog>
    );
  }
  const { preview, choices } = draft;
  const listName = lists.find((l) => l.id === draft.shortlistId)?.name ?? `campaign ${draft.shortlistId}`;
  return (
    <Dialog title={`Import ${draft.fileName} into ${listName}`} onClose={cancel} testId="import-dialog" wide>
      <p data-testid="import-summary">{preview.added.length} new, {preview.changed.length} changed, {preview.unchanged} unchanged, {preview.conflicts.length} status conflict(s). Nothing is written until you confirm.</p>
      <Planned title="New" rows={preview.added} testId="import-added" />
      <Planned title="Changed" rows={preview.changed} testId="import-changed" />
      {preview.conflicts.length > 0 && (
        <>
          <h3>Status conflicts</h3>
          {preview.conflicts.map((c) => (
            <fieldset key={c.key} className="dash-conflict" data-testid={`conflict-${c.key}`}>
              <legend>row {c.row}: {c.key}</legend>
              <label><input type="radio" name={`conflict-${c.key}`} checked={choices[c.key] === 'ours'} onChange={() => choose(c.key, 'ours')} /> keep ours ({c.ours})</label>
              <label><input type="radio" name={`conflict-${c.key}`} checked={choices[c.key] === 'theirs'} onChange={() => choose(c.key, 'theirs')} /> take theirs ({c.theirs})</label>
            </fieldset>
          ))}
        </>
      )}
      {preview.extraColumns.length > 0 && <p className="muted">Extra columns kept: {preview.extraColumns.map((c) => c.name).join(', ')}.</p>}
      {error && <p className="notice risk" role="alert">{error}</p>}
      <div className="actions">
        <button type="button" onClick={() => void commit()} disabled={!readyToCommit(draft)} data-testid="import-confirm">Confirm import</button>
        <button type="button" className="secondary" onClick={cancel}>Cancel</button>
      </div>
    </Dialog>
  );
}
