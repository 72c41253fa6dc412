import { ENTRY_STATUSES, type EntryStatus } from '@/lib/core/model/entry-status';

interface Props {
  /** The entry's status; null before the creator is on the campaign. */
  status: EntryStatus | null;
  campaign: string;
  disabled: boolean;
  onPick(status: EntryStatus): void;
}

/** Where the creator stands, saved on click; the pressed pill is marked by a tick, not colour alone. */
export function StatusPills({ status, campaign, disabled, onPick }: Props) {
  return (
    <div className="pills" role="group" aria-label={`Status on ${campaign}`} data-testid="status-pills">
      {ENTRY_STATUSES.map((s) => (
        <button key={s} type="button" className="pill" aria-pressed={s === status} disabled={disabled} onClick={() => onPick(s)} data-status={s}>
          {s === status ? '✓ ' : ''}{s}
        </button>
      ))}
    </div>
  );
}
