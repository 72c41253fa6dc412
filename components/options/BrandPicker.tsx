import { useEffect, useRef, useState } from 'react';

export interface PickerEntry {
  id: string;
  /** As typed; empty for a new brand not yet named. */
  name: string;
  state: 'saved' | 'edited' | 'new';
}

interface Props {
  entries: PickerEntry[];
  /** The brand on screen. */
  selectedId: string;
  /** Why the brand on screen cannot be deleted (it is the only one), or null when it can. */
  refusal: string | null;
  /** The brand its campaigns fall back to once this one is deleted. */
  fallbackName: string;
  busy: boolean;
  onOpen(id: string): void;
  onCreate(): void;
  onDelete(): void;
}

const STATE_WORDS: Record<PickerEntry['state'], string> = { saved: '', edited: 'unsaved changes', new: 'new, not saved yet' };

export const displayName = (e: Pick<PickerEntry, 'name'>): string => e.name.trim() || 'New brand';

/** The scout's brands (an agency keeps several): pick one to edit, start a new one, or delete one after a yes. */
export function BrandPicker({ entries, selectedId, refusal, fallbackName, busy, onOpen, onCreate, onDelete }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [refused, setRefused] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  const current = entries.find((e) => e.id === selectedId);
  const name = current ? displayName(current) : '';
  const isNew = current?.state === 'new';
  // Another brand on screen: a question or refusal about the last one no longer stands.
  useEffect(() => { setConfirming(false); setRefused(false); }, [selectedId]);
  // Focus follows the question: onto Cancel when it opens, back to Delete when it closes.
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (asked.current) deleteButton.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  const answer = (yes: boolean) => {
    setConfirming(false);
    if (yes) onDelete();
  };
  return (
    <section aria-labelledby="brands-h" className="brand-picker">
      <h2 id="brands-h">Brands</h2>
      <p className="muted">Each campaign is scored for one of your brands. Pick the one to edit.</p>
      <ul className="brand-list" aria-labelledby="brands-h">
        {entries.map((e) => (
          <li key={e.id}>
            <button type="button" data-testid="brand-choice" className={e.id === selectedId ? 'current' : 'secondary'}
              aria-current={e.id === selectedId ? 'true' : undefined} onClick={() => onOpen(e.id)}>
              {e.id === selectedId ? <span aria-hidden="true">✓ </span> : null}
              {displayName(e)}
              {STATE_WORDS[e.state] ? <span className="brand-state"> ({STATE_WORDS[e.state]})</span> : null}
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="secondary" onClick={onCreate}>New brand</button>
        {confirming ? (
          <span role="group" aria-label="Confirm delete" className="confirm">
            <span>{isNew ? 'Discard this new brand?' : `Delete “${name}”? Its campaigns will be scored for “${fallbackName}”.`}</span>
            <button type="button" onClick={() => answer(true)}>{isNew ? 'Yes, discard it' : 'Yes, delete it'}</button>
            <button type="button" ref={cancelButton} className="secondary" onClick={() => answer(false)}>Cancel</button>
          </span>
        ) : (
          <button type="button" ref={deleteButton} className="secondary" disabled={busy}
            onClick={() => (refusal && !isNew ? setRefused(true) : setConfirming(true))}>
            {isNew ? 'Discard new brand' : `Delete “${name}”`}
          </button>
        )}
      </div>
      <p role="status" className={refused && refusal ? 'notice' : 'sr-only'}>{refused && refusal ? refusal : ''}</p>
    </section>
  );
}
