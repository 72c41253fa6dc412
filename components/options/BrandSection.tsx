import { Currency, type BrandProfile } from '@/lib/core/model/brand';
import { Market } from '@/lib/core/model/findings';
import type { BrandForm, FieldErrors } from '@/lib/options/form';
import { fieldId } from './field-id';
import { Field, FieldError } from './Field';

type BrandFields = Pick<BrandForm, 'name' | 'handles' | 'markets' | 'currency' | 'exclusivityDays'>;

interface Props {
  form: BrandFields;
  errors: FieldErrors;
  onChange(patch: Partial<BrandFields>): void;
}

const CURRENCY_NAMES: Record<BrandProfile['currency'], string> = { GBP: 'GBP (£)', USD: 'USD ($)', EUR: 'EUR (€)' };

export function BrandSection({ form, errors, onChange }: Props) {
  const toggle = (m: BrandForm['markets'][number], on: boolean) =>
    onChange({ markets: Market.options.filter((x) => (x === m ? on : form.markets.includes(x))) });
  return (
    <section aria-labelledby="brand-h">
      <h2 id="brand-h">Brand</h2>
      <Field path="name" label="Brand name" value={form.name} error={errors.name} onChange={(name) => onChange({ name })} />
      <Field path="handles" label="Your own handles" multiline hint="Separate with commas or new lines; the @ is optional." value={form.handles} error={errors.handles} onChange={(handles) => onChange({ handles })} />
      <fieldset id={fieldId('markets')} aria-describedby={errors.markets ? `${fieldId('markets')}-error` : undefined}>
        <legend>Markets</legend>
        <div className="checks">
          {Market.options.map((m) => (
            <label key={m}>
              <input type="checkbox" checked={form.markets.includes(m)} onChange={(ev) => toggle(m, ev.target.checked)} /> {m}
            </label>
          ))}
        </div>
        <FieldError id={`${fieldId('markets')}-error`} error={errors.markets} />
      </fieldset>
      <div className="field">
        <label htmlFor={fieldId('currency')}>Currency</label>
        <select id={fieldId('currency')} value={form.currency} onChange={(ev) => onChange({ currency: Currency.parse(ev.target.value) })}>
          {Currency.options.map((c) => <option key={c} value={c}>{CURRENCY_NAMES[c]}</option>)}
        </select>
      </div>
      <Field path="exclusivityDays" label="Exclusivity (days)" inputMode="numeric" hint="How long a creator should not have worked with a competitor." value={form.exclusivityDays} error={errors.exclusivityDays} onChange={(exclusivityDays) => onChange({ exclusivityDays })} />
    </section>
  );
}
