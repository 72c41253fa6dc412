import { useState } from 'react';
import { compareIds } from '@/lib/dashboard/detail';
import { ENTRY_STATUSES, type EntryStatus, type QuotedRate } from '@/lib/core/model/rows';
import { useDashboard } from '@/lib/dashboard/context';

/** Bulk status, tag, quote and delete over the selected rows, and compare; shown once a row is selected, so it never pushes the table down before. */
export function BulkBar() {
  const selected = useDashboard((s) => s.selected);
  const rows = useDashboard((s) => s.rows);
  const bulkStatus = useDashboard((s) => s.bulkStatus);
  const bulkTag = useDashboard((s) => s.bulkTag);
  const bulkDelete = useDashboard((s) => s.bulkDelete);
  const bulkQuote = useDashboard((s) => s.bulkQuote);
  const compare = useDashboard((s) => s.compare);
  const [status, setStatus] = useState<EntryStatus>('contacted');
  const [tag, setTag] = useState('');
  const [quote, setQuote] = useState('');
  const [currency, setCurrency] = useState<QuotedRate['currency']>('GBP');
  const amount = quote.trim() === '' ? null : Number(quote);
  const quoteOk = amount === null || (Number.isFinite(amount) && amount >= 0);
  const none = selected.length === 0;
  if (none) return null;
  const picked = new Set(selected);
  const creators = compareIds((rows ?? []).filter((r) => picked.has(r.entry.id!)).map((r) => r.creator.id));
  return (
    <section className="dash-bulk" aria-label="Bulk actions">
      <span className="muted" data-testid="selected-count">{selected.length} selected</span>
      <label>
        Status
        <select value={status} onChange={(e) => setStatus(e.target.value as EntryStatus)} data-testid="bulk-status">
          {ENTRY_STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      <button type="button" disabled={none} onClick={() => void bulkStatus(status)} data-testid="bulk-status-apply">Set status</button>
      <label>
        Tag
        <input value={tag} onChange={(e) => setTag(e.target.value)} data-testid="bulk-tag" />
      </label>
      <button type="button" disabled={none || !tag.trim()} onClick={() => void bulkTag(tag, 'add')} data-testid="bulk-tag-add">Add tag</button>
      <button type="button" className="secondary" disabled={none || !tag.trim()} onClick={() => void bulkTag(tag, 'remove')}>Remove tag</button>
      <label>
        Quoted rate
        <input type="number" min={0} step="any" inputMode="decimal" value={quote} onChange={(e) => setQuote(e.target.value)} data-testid="bulk-quote" />
      </label>
      <label>
        Currency
        <select value={currency} onChange={(e) => setCurrency(e.target.value as QuotedRate['currency'])} data-testid="bulk-quote-currency">
          {(['GBP', 'USD', 'EUR'] as const).map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </label>
      <button type="button" disabled={none || !quoteOk} onClick={() => void bulkQuote(amount === null ? null : { amount, currency })} data-testid="bulk-quote-apply" title="An empty amount clears the quote">{amount === null ? 'Clear quote' : 'Set quote'}</button>
      <button type="button" className="danger" disabled={none} onClick={() => void bulkDelete()} data-testid="bulk-delete">Remove from the campaign</button>
      <button type="button" className="secondary" disabled={!creators} onClick={() => void compare(creators)} data-testid="compare" title="Select 2 to 4 creators">Compare</button>
    </section>
  );
}
