import { useState, type MouseEvent } from 'react';
import { describePath } from '@/lib/options/fields';
import type { FieldErrors } from '@/lib/options/form';
import type { IoSlice } from '@/lib/options/io-slice';

interface Props {
  status: IoSlice['status'];
  message: string | null;
  errors: FieldErrors;
  dirty: boolean;
  onResetAll(): void;
  /** Shows the field at `path` (its tab may be hidden) and puts the cursor in it. */
  onJump(path: string): void;
}

/** The form's submit (Save), what happened, links to each field at fault (whatever its tab), and a guarded "reset this brand". */
export function SaveBar({ status, message, errors, dirty, onResetAll, onJump }: Props) {
  const [confirming, setConfirming] = useState(false);
  const problems = Object.entries(errors);
  const tone = status === 'failed' || status === 'invalid' ? 'notice risk' : status === 'saved' ? 'notice ok' : 'muted';
  return (
    <div className="save-bar">
      <div className="actions">
        <button type="submit" disabled={status === 'saving' || status === 'deleting'}>{status === 'saving' ? 'Saving…' : 'Save'}</button>
        {confirming ? (
          <span role="group" aria-label="Confirm reset" className="confirm">
            <span>Reset every setting of this brand, except its name, to its default?</span>{' '}
            <button type="button" onClick={() => { setConfirming(false); onResetAll(); }}>Yes, reset all</button>{' '}
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>Cancel</button>
          </span>
        ) : (
          <button type="button" className="secondary" onClick={() => setConfirming(true)}>Reset this brand to defaults</button>
        )}
      </div>
      <p role="status" className={message ? tone : 'muted'} data-testid="save-status">
        {message ?? (dirty ? 'Unsaved changes' : '')}
      </p>
      {problems.length > 0 ? (
        <ul className="error-summary" aria-label="Fields that need attention">
          {problems.map(([path, msg]) => {
            const { text, target } = describePath(path);
            const jump = (ev: MouseEvent) => {
              ev.preventDefault();
              onJump(path);
            };
            return <li key={path}><a href={`#${target}`} onClick={jump}>{text}</a>: {msg}</li>;
          })}
        </ul>
      ) : null}
    </div>
  );
}
