import { useState } from 'react';
import { useDashboard } from '@/lib/dashboard/context';
import { downloadText } from '@/lib/dashboard/download';
import type { TableName } from '@/lib/store/backup';
import { Dialog } from '../../../components/dashboard/Dialog';

const LABELS: Record<string, string> = { creators: 'Creators', snapshots: 'Visits', shortlists: 'Campaigns', entries: 'Campaign entries', scorecards: 'Scorecards', settings: 'Settings' };
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Restore in two steps: the file is checked first, and either refused with every reason, or shown
 * as what it would do (each table's rows now and after), with a one-click backup of today's data,
 * before anything is replaced. Then it says what happened.
 */
export function RestoreDialog() {
  const draft = useDashboard((s) => s.restoreDraft);
  const outcome = useDashboard((s) => s.restoreOutcome);
  const restore = useDashboard((s) => s.restore);
  const backupText = useDashboard((s) => s.backupText);
  const clear = useDashboard((s) => s.clearRestore);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  if (!draft && !outcome) return null;
  const close = () => { setSaved(null); clear(); };
  const backupFirst = async () => {
    const name = `microscope-backup-before-restore-${today()}.json`;
    downloadText(name, await backupText(), 'application/json');
    setSaved(name);
  };
  return (
    <Dialog title="Restore from backup" onClose={close} testId="restore-dialog">
      {outcome ? (
        outcome.ok ? <p role="status" data-testid="restore-result">{outcome.text}</p> : (
          <div role="alert" data-testid="restore-result">
            <p>Nothing was changed:</p>
            <ul>{outcome.problems.map((p, i) => <li key={i}>{p.row === null ? '' : `row ${p.row}: `}{p.message}</li>)}</ul>
          </div>
        )
      ) : draft!.stage === 'refused' ? (
        <div role="alert" data-testid="restore-result">
          <p><span className="dash-mono">{draft!.fileName}</span> was not restored; nothing was changed:</p>
          <ul>{draft!.problems.map((p, i) => <li key={i}>{p.row === null ? '' : `row ${p.row}: `}{p.message}</li>)}</ul>
        </div>
      ) : (
        <>
          <p>Replace <strong>everything</strong> in Microscope with <span className="dash-mono">{draft!.fileName}</span>{draft!.backup.upgradedFrom === null ? '' : ` (from schema ${draft!.backup.upgradedFrom}, upgraded)`}?</p>
          <table className="dash-counts" data-testid="restore-counts">
            <thead><tr><th scope="col">Table</th><th scope="col">Now</th><th scope="col">After the restore</th></tr></thead>
            <tbody>
              {Object.entries(draft!.backup.counts).map(([t, after]) => (
                <tr key={t} data-testid={`restore-count-${t}`}><th scope="row">{LABELS[t] ?? t}</th><td>{draft!.now[t as TableName]}</td><td>{after}</td></tr>
              ))}
            </tbody>
          </table>
          <p>
            <button type="button" className="secondary" onClick={() => void backupFirst()} data-testid="restore-backup-first">Download a backup of today's data first</button>
            {saved && <span role="status" data-testid="restore-backup-saved"> Saved as <span className="dash-mono">{saved}</span>.</span>}
          </p>
          <div className="actions">
            <button type="button" className="danger" disabled={busy} onClick={() => { setBusy(true); void restore().finally(() => setBusy(false)); }} data-testid="restore-confirm">Replace and restore</button>
            <button type="button" className="secondary" onClick={close}>Cancel</button>
          </div>
        </>
      )}
    </Dialog>
  );
}
