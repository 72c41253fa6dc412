import { useId, useState, type FormEvent } from 'react';
import { ENTRY_STATUSES } from '@/lib/core/model/entry-status';
import type { PanelEntry, PanelShortlists } from '@/lib/messaging/protocol';

export type EntryDraft = { shortlistName: string; status: PanelEntry['status']; tags: string[]; notes: string; quotedRate: PanelEntry['quotedRate'] };
type Currency = NonNullable<PanelEntry['quotedRate']>['currency'];

interface Props {
  lists: PanelShortlists | null;
  saving: boolean;
  error: string | null;
  /** The currency a new quote starts in: the cost estimate's. */
  currency?: Currency;
  onSave(draft: EntryDraft): void;
}

export const DEFAULT_SHORTLIST = 'My shortlist';
const NEW = '\u0000new';

/** Add the creator to a list (pick one or name a new one) and edit the entries it already has. */
export function ShortlistEditor({ lists, saving, error, currency = 'GBP', onSave }: Props) {
  if (!lists) return <p className="muted" role="status">Loading your shortlists…</p>;
  const taken = new Set(lists.entries.map((e) => e.shortlist));
  const open = lists.names.filter((n) => !taken.has(n));
  return (
    <section aria-label="Shortlist" data-testid="shortlist-editor">
      {lists.entries.length > 0 ? (
        <p role="status" data-testid="shortlisted">Already shortlisted in: {lists.entries.map((e) => e.shortlist).join(', ')}</p>
      ) : null}
      {lists.entries.map((e) => (
        <EntryForm key={`${e.entryId}:${e.status}:${e.tags.join(',')}:${e.notes}:${e.quotedRate?.amount}${e.quotedRate?.currency}`} entry={e} currency={currency} saving={saving} onSave={onSave} />
      ))}
      <AddForm key={open.join('\n')} open={open} hasAny={lists.names.length > 0} currency={currency} saving={saving} onSave={onSave} />
      {error ? <p className="notice risk" role="alert">{error}</p> : null}
    </section>
  );
}

function EntryForm({ entry, currency, saving, onSave }: { entry: PanelEntry; currency: Currency; saving: boolean; onSave(d: EntryDraft): void }) {
  const [fields, setFields] = useState<Fields>({
    status: entry.status, tags: entry.tags.join(', '), notes: entry.notes,
    quote: entry.quotedRate ? String(entry.quotedRate.amount) : '', currency: entry.quotedRate?.currency ?? currency,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave(draftOf(entry.shortlist, fields));
  };
  return (
    <form className="entry" onSubmit={submit} data-testid="entry" data-shortlist={entry.shortlist}>
      <fieldset>
        <legend>On “{entry.shortlist}”</legend>
        <EntryFields value={fields} onChange={setFields} />
        <button type="submit" className="secondary" disabled={saving} data-testid="save-entry">Save changes</button>
      </fieldset>
    </form>
  );
}

function AddForm({ open, hasAny, currency, saving, onSave }: { open: string[]; hasAny: boolean; currency: Currency; saving: boolean; onSave(d: EntryDraft): void }) {
  const id = useId();
  const [list, setList] = useState(open[0] ?? NEW);
  const [newName, setNewName] = useState(hasAny ? '' : DEFAULT_SHORTLIST);
  const [fields, setFields] = useState<Fields>({ status: 'prospect', tags: '', notes: '', quote: '', currency });
  const name = list === NEW ? newName.trim() : list;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name) onSave(draftOf(name, fields));
  };
  return (
    <form className="entry" onSubmit={submit} data-testid="add-form">
      <fieldset>
        <legend>{hasAny ? 'Add to a shortlist' : 'Start a shortlist'}</legend>
        {open.length > 0 ? (
          <label htmlFor={`${id}-list`}>Shortlist
            <select id={`${id}-list`} value={list} onChange={(e) => setList(e.target.value)} data-testid="pick-shortlist">
              {open.map((n) => <option key={n} value={n}>{n}</option>)}
              <option value={NEW}>New shortlist…</option>
            </select>
          </label>
        ) : null}
        {list === NEW ? (
          <label htmlFor={`${id}-name`}>New shortlist name
            <input id={`${id}-name`} value={newName} maxLength={120} onChange={(e) => setNewName(e.target.value)} data-testid="new-shortlist" required />
          </label>
        ) : null}
        <EntryFields value={fields} onChange={setFields} />
        <button type="submit" disabled={saving || !name} data-testid="add-to-shortlist">Add to shortlist</button>
      </fieldset>
    </form>
  );
}

type Fields = { status: PanelEntry['status']; tags: string; notes: string; quote: string; currency: Currency };

/** An empty quote is "not known yet", never 0. */
function draftOf(shortlistName: string, f: Fields): EntryDraft {
  const amount = f.quote.trim() === '' ? null : Number(f.quote);
  return {
    shortlistName, status: f.status, tags: splitTags(f.tags), notes: f.notes,
    quotedRate: amount === null || !Number.isFinite(amount) || amount < 0 ? null : { amount, currency: f.currency },
  };
}

function EntryFields({ value, onChange }: { value: Fields; onChange(v: Fields): void }) {
  const id = useId();
  return (
    <>
      <label htmlFor={`${id}-status`}>Status
        <select id={`${id}-status`} value={value.status} onChange={(e) => onChange({ ...value, status: e.target.value as Fields['status'] })} data-testid="entry-status">
          {ENTRY_STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      <label htmlFor={`${id}-tags`}>Tags <span className="muted">(comma-separated)</span>
        <input id={`${id}-tags`} value={value.tags} onChange={(e) => onChange({ ...value, tags: e.target.value })} data-testid="entry-tags" />
      </label>
      <label htmlFor={`${id}-notes`}>Notes
        <textarea id={`${id}-notes`} rows={3} maxLength={4000} value={value.notes} onChange={(e) => onChange({ ...value, notes: e.target.value })} data-testid="entry-notes" />
      </label>
      <div className="quote">
        <label htmlFor={`${id}-quote`}>Quoted rate <span className="muted">(what the creator asked; leave empty if unknown)</span>
          <input id={`${id}-quote`} type="number" min={0} step="any" inputMode="decimal" value={value.quote} onChange={(e) => onChange({ ...value, quote: e.target.value })} data-testid="entry-quote" />
        </label>
        <label htmlFor={`${id}-currency`}>Currency
          <select id={`${id}-currency`} value={value.currency} onChange={(e) => onChange({ ...value, currency: e.target.value as Currency })} data-testid="entry-currency">
            {(['GBP', 'USD', 'EUR'] as const).map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
      </div>
    </>
  );
}

export function splitTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim()).filter(Boolean))].slice(0, 30).map((t) => t.slice(0, 60));
}
