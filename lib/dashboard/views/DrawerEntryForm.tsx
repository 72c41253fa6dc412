import { useState } from 'react';
import type { DashboardRow } from '@/lib/store/dashboard-rows';
import type { QuotedRate } from '@/lib/core/model/rows';
import { useDashboard } from '@/lib/dashboard/context';
import { StatusPills } from '../../../components/dashboard/StatusPills';

const CURRENCIES = ['GBP', 'USD', 'EUR'] as const;

/** The tags as typed: "vegan, uk" → ["vegan", "uk"], once each. */
export function tagsOf(text: string): string[] {
  const seen = new Set<string>();
  return text.split(',').map((t) => t.trim()).filter((t) => t && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
}

/**
 * The entry on this campaign, editable: status pills save on click; tags, notes and the quoted
 * rate save together, with a visible tick. Each save is one undoable step, as in the table.
 */
export function DrawerEntryForm({ row }: { row: DashboardRow }) {
  const setStatus = useDashboard((s) => s.setStatus);
  const saveEntry = useDashboard((s) => s.saveEntry);
  const e = row.entry;
  const [tags, setTags] = useState(e.tags.join(', '));
  const [notes, setNotes] = useState(e.notes);
  const [amount, setAmount] = useState(e.quotedRate ? String(e.quotedRate.amount) : '');
  const [currency, setCurrency] = useState<QuotedRate['currency']>(e.quotedRate?.currency ?? 'GBP');
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const save = async () => {
    const n = amount.trim() === '' ? null : Number(amount.replace(',', '.'));
    if (n !== null && !(Number.isFinite(n) && n >= 0)) {
      setOutcome({ ok: false, text: 'The quoted rate is an amount such as 350 or 350.50; leave it blank when there is none.' });
      return;
    }
    // Only what the scout changed here: a status or note saved from the panel since the drawer opened stays, and undo puts back only these fields.
    const quotedRate = n === null ? null : { amount: n, currency };
    const patch = {
      ...(tagsOf(tags).join('\u0000') !== e.tags.join('\u0000') ? { tags: tagsOf(tags) } : {}),
      ...(notes !== e.notes ? { notes } : {}),
      ...(JSON.stringify(quotedRate) !== JSON.stringify(e.quotedRate) ? { quotedRate } : {}),
    };
    if (Object.keys(patch).length === 0) {
      setOutcome({ ok: true, text: 'Nothing changed' });
      return;
    }
    const problem = await saveEntry(e.id!, patch);
    setOutcome(problem ? { ok: false, text: problem } : { ok: true, text: 'Saved ✓' });
  };
  const edited = () => setOutcome(null);
  return (
    <section className="dash-entry" aria-label={`On the campaign ${row.shortlist.name}`} data-testid="drawer-entry">
      <h3>On “{row.shortlist.name}”</h3>
      <StatusPills status={e.status} label={`Status of @${row.creator.handle} in ${row.shortlist.name}`} onChange={(s) => void setStatus(e.id!, s)} />
      <form className="dash-campaign-form" onSubmit={(ev) => { ev.preventDefault(); void save(); }} noValidate>
        <label>Tags (comma separated)<input value={tags} onChange={(ev) => { setTags(ev.target.value); edited(); }} data-testid="drawer-tags" /></label>
        <label>Notes<textarea rows={3} value={notes} onChange={(ev) => { setNotes(ev.target.value); edited(); }} data-testid="drawer-notes" /></label>
        <div className="dash-inline">
          <label>Quoted rate<input inputMode="decimal" value={amount} onChange={(ev) => { setAmount(ev.target.value); edited(); }} data-testid="drawer-quote" /></label>
          <label>Currency
            <select value={currency} onChange={(ev) => { setCurrency(ev.target.value as QuotedRate['currency']); edited(); }} data-testid="drawer-currency">
              {CURRENCIES.map((c) => <option key={c} value={c}>{c}</option>)}
            </select>
          </label>
          <button type="submit" data-testid="drawer-save">Save</button>
          <span role="status" className={outcome?.ok === false ? 'dash-error' : 'dash-saved'} data-testid="drawer-saved">{outcome?.text ?? ''}</span>
        </div>
      </form>
    </section>
  );
}
