import { useId, useState } from 'react';
import type { EntryStatus } from '@/lib/core/model/entry-status';
import type { PanelEntry } from '@/lib/core/model/panel-entry';
import { CopyButton } from './CopyButton';
import { EntryRow, type EntryDraft } from './EntryRow';
import { StatusPills } from './StatusPills';

interface Props {
  /** Where one click adds the creator: the last-used campaign, else the one scored for, else a first one. */
  target: string;
  campaigns: string[];
  /** The creator's entries, one per campaign it is on. */
  entries: PanelEntry[];
  saving: boolean;
  error: string | null;
  summary: string;
  onSave(draft: EntryDraft): void;
  onCopy(text: string): Promise<boolean>;
}

const NEW = '\u0000new';

/**
 * The footer that stays on screen: "Add to <campaign ▾>", the status pills and "Copy summary".
 * Once the creator is on the campaign, the editor collapses into it as one row (EntryRow).
 */
export function ActionBar({ target, campaigns, entries, saving, error, summary, onSave, onCopy }: Props) {
  const id = useId();
  const taken = new Set(entries.map((e) => e.shortlist));
  const [picked, setPicked] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [choosing, setChoosing] = useState(false);
  const pick = (c: string) => { setPicked(c); setChoosing(false); };
  const choice = picked ?? target;
  const name = choice === NEW ? newName.trim() : choice;
  const entry = entries.find((e) => e.shortlist === name) ?? null;
  const open = [...new Set([target, ...campaigns])].filter((c) => !taken.has(c));
  const add = (status: EntryStatus) => { if (name) onSave({ shortlistName: name, status }); };
  return (
    <section className="action-bar" aria-label="Actions" data-testid="action-bar">
      <div className="bar-row">
        {entry ? <span className="on-campaign" data-testid="on-campaign">✓ On “{entry.shortlist}”</span> : (
          <>
            <button type="button" onClick={() => add('prospect')} disabled={saving || !name} data-testid="add-to-shortlist">Add to {name || 'a new campaign'}</button>
            <button type="button" className="secondary small" aria-label="Choose the campaign to add to" aria-expanded={choosing} onClick={() => setChoosing(!choosing)} data-testid="pick-shortlist">▾</button>
          </>
        )}
        <CopyButton label="Copy summary" text={summary} onCopy={onCopy} testId="copy-summary">Copy summary</CopyButton>
      </div>
      {choosing && !entry ? (
        <div className="campaign-menu" role="group" aria-label="Campaigns">
          {open.map((c) => <button key={c} type="button" className="secondary small" aria-pressed={c === choice} onClick={() => pick(c)}>{c}</button>)}
          <button type="button" className="secondary small" aria-pressed={choice === NEW} onClick={() => pick(NEW)} data-testid="new-campaign">New campaign…</button>
        </div>
      ) : null}
      {choice === NEW && !entry ? (
        <label htmlFor={`${id}-name`} className="new-name">New campaign name
          <input id={`${id}-name`} value={newName} maxLength={120} onChange={(e) => setNewName(e.target.value)} data-testid="new-shortlist" />
        </label>
      ) : null}
      <StatusPills status={entry?.status ?? null} campaign={name || 'the campaign'} disabled={saving || !name}
        onPick={(s) => (entry ? onSave({ shortlistName: entry.shortlist, status: s }) : add(s))} />
      {entry ? <EntryRow key={entry.entryId} entry={entry} others={campaigns.filter((c) => !taken.has(c))} saving={saving} failed={error !== null} onSave={onSave} /> : null}
      {error ? <p className="notice risk" role="alert" data-testid="save-error">{error}</p> : null}
    </section>
  );
}
