import { useState } from 'react';
import { useDashboard } from '@/lib/dashboard/context';
import { Dialog } from '../../../components/dashboard/Dialog';

/** Asks before replacing everything with a backup, then says what happened. */
export function RestoreDialog({ file, onClose }: { file: { name: string; text: string }; onClose(): void }) {
  const outcome = useDashboard((s) => s.restoreOutcome);
  const restore = useDashboard((s) => s.restore);
  const clear = useDashboard((s) => s.clearRestore);
  const [busy, setBusy] = useState(false);
  const close = () => { clear(); onClose(); };
  return (
    <Dialog title="Restore from backup" onClose={close} testId="restore-dialog">
      {outcome === null ? (
        <>
          <p>Replace <strong>everything</strong> in Microscope (creators, visits, shortlists and settings) with <span className="dash-mono">{file.name}</span>? Download a backup first if you may want today's data back.</p>
          <div className="actions">
            <button type="button" className="danger" disabled={busy} onClick={() => { setBusy(true); void restore(file.text).finally(() => setBusy(false)); }} data-testid="restore-confirm">Replace and restore</button>
            <button type="button" className="secondary" onClick={close}>Cancel</button>
          </div>
        </>
      ) : outcome.ok ? (
        <p role="status" data-testid="restore-result">{outcome.text}</p>
      ) : (
        <div role="alert" data-testid="restore-result">
          <p>Nothing was changed:</p>
          <ul>{outcome.problems.map((p, i) => <li key={i}>{p.row === null ? '' : `row ${p.row}: `}{p.message}</li>)}</ul>
        </div>
      )}
    </Dialog>
  );
}
