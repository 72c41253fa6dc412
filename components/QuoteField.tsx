import { useId, useState, type FormEvent } from 'react';
import type { PanelEntry } from '@/lib/core/model/panel-entry';

type Currency = NonNullable<PanelEntry['quotedRate']>['currency'];

interface Props {
  quote: PanelEntry['quotedRate'];
  /** The currency a new quote starts in: the cost estimate's. */
  currency: Currency;
  saving: boolean;
  /** Null: no quote known (an empty field is "not known yet", never 0). */
  onSave(quote: PanelEntry['quotedRate']): void;
}

/** What the creator asked for this campaign, kept beside the fee estimate. */
export function QuoteField({ quote, currency, saving, onSave }: Props) {
  const id = useId();
  const [amount, setAmount] = useState(quote ? String(quote.amount) : '');
  const [unit, setUnit] = useState<Currency>(quote?.currency ?? currency);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = amount.trim() === '' ? null : Number(amount);
    onSave(n === null || !Number.isFinite(n) || n < 0 ? null : { amount: n, currency: unit });
  };
  return (
    <form className="quote" onSubmit={submit} data-testid="quote-form">
      <label htmlFor={`${id}-amount`}>Quoted rate <span className="muted">(what the creator asked; empty if unknown)</span></label>
      <span className="quote-fields">
        <input id={`${id}-amount`} type="number" min={0} step="any" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} data-testid="entry-quote" />
        <select aria-label="Currency" value={unit} onChange={(e) => setUnit(e.target.value as Currency)} data-testid="entry-currency">
          {(['GBP', 'USD', 'EUR'] as const).map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
        <button type="submit" className="secondary" disabled={saving} data-testid="save-quote">Save quote</button>
      </span>
    </form>
  );
}
