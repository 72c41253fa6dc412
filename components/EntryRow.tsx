import { useEffect, useRef, useState } from 'react';
import type { PanelEntry } from '@/lib/core/model/panel-entry';

/** An edit of one campaign's entry: only the fields given are saved, the rest stay as stored. */
export type EntryDraft = { shortlistName: string } & Partial<Pick<PanelEntry, 'status' | 'tags' | 'notes' | 'quotedRate'>>;

interface Props {
  entry: PanelEntry;
  /** Campaigns the creator is not on yet: "also add to…". */
  others: string[];
  saving: boolean;
  /** The last save failed: the note says so instead of "saving…". */
  failed: boolean;
  onSave(draft: EntryDraft): void;
}

/** How long typing must pause before the note saves itself. */
export const NOTE_SAVE_DELAY_MS = 700;

/** The editor once the creator is added, in one row: tag chips, a note that saves itself, "also add to…". */
export function EntryRow({ entry, others, saving, failed, onSave }: Props) {
  const [note, setNote] = useState(entry.notes);
  const [tag, setTag] = useState('');
  const base = { shortlistName: entry.shortlist };
  // The note not yet saved, so leaving the creator (or the panel) mid-pause still saves it.
  const pending = useRef<{ save: () => void } | null>(null);
  useEffect(() => {
    if (note === entry.notes) return;
    // Only the note: a status or tag changed meanwhile is never written back over.
    const save = () => {
      pending.current = null;
      onSave({ ...base, notes: note });
    };
    pending.current = { save };
    const timer = setTimeout(save, NOTE_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [note, entry.notes]);
  useEffect(() => () => pending.current?.save(), []);
  const addTags = () => {
    const added = splitTags(`${entry.tags.join(',')},${tag}`);
    setTag('');
    if (added.length !== entry.tags.length) onSave({ ...base, tags: added });
  };
  const saved = note === entry.notes && !saving;
  const noteState = saved ? (note ? '✓ saved' : '') : failed && !saving ? 'not saved' : 'saving…';
  return (
    <div className="entry-row" data-testid="entry" data-shortlist={entry.shortlist}>
      <ul className="tags" aria-label="Tags">
        {entry.tags.map((t) => (
          <li key={t} className="chip">{t} <button type="button" className="remove" aria-label={`Remove tag ${t}`} disabled={saving} onClick={() => onSave({ ...base, tags: entry.tags.filter((x) => x !== t) })}>×</button></li>
        ))}
        <li>
          <input aria-label="Add a tag" placeholder="+ tag" value={tag} size={6} maxLength={60} data-testid="entry-tags"
            onChange={(e) => setTag(e.target.value)} onBlur={() => tag.trim() && addTags()}
            onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ',') { e.preventDefault(); addTags(); } }} />
        </li>
      </ul>
      <span className="note">
        <input aria-label="Note" placeholder="Note" value={note} maxLength={4000} onChange={(e) => setNote(e.target.value)} onBlur={() => pending.current?.save()} data-testid="entry-notes" />
        <span role="status" className="tick" data-testid="note-state" data-saved={saved}>{noteState}</span>
      </span>
      {others.length > 0 ? (
        <select aria-label="Also add to another campaign" value="" onChange={(e) => e.target.value && onSave({ shortlistName: e.target.value, status: 'prospect' })} data-testid="also-add">
          <option value="">also add to…</option>
          {others.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      ) : null}
    </div>
  );
}

export function splitTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))].slice(0, 30).map((t) => t.slice(0, 60));
}
