import { ENTRY_STATUSES, type EntryStatus } from '@/lib/core/model/rows';

/**
 * The entry's status as a coloured pill that is itself the control: a native select, so it is one
 * Tab stop per row, opens with the keyboard and reads its name and value to a screen reader.
 */
export function StatusPill({ status, label, onChange, testId = 'status-pill' }: { status: EntryStatus; label: string; onChange(s: EntryStatus): void; testId?: string }) {
  return (
    <select className={`dash-status ${status}`} value={status} aria-label={label} onChange={(e) => onChange(e.target.value as EntryStatus)} data-testid={testId}>
      {ENTRY_STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
    </select>
  );
}

/** Every status as a pill button, the current one pressed; a click picks it. */
export function StatusPills({ status, label, onChange }: { status: EntryStatus; label: string; onChange(s: EntryStatus): void }) {
  return (
    <div role="group" aria-label={label} className="dash-pills" data-testid="status-pills">
      {ENTRY_STATUSES.map((s) => (
        <button key={s} type="button" className={`dash-status ${s}${s === status ? ' on' : ''}`} aria-pressed={s === status} data-status={s} onClick={() => onChange(s)}>
          {s === status ? <span aria-hidden="true">● </span> : null}{s}
        </button>
      ))}
    </div>
  );
}
