import type { CardKey } from '@/lib/options/fields';
import { PLATFORM_TRAITS } from '@/lib/core/platforms/traits';
import { fieldId } from './field-id';
import type { FieldErrors, RangeForm } from '@/lib/options/form';
import type { RangeRow } from '@/lib/options/rows';
import { Field, FieldError, Hidden } from './Field';

interface Props {
  /** "benchmarkOverrides" or "rateCard": the prefix of each field's path. */
  table: string;
  title: string;
  /** What a row holds, for labels: "benchmark" or "fee". */
  what: string;
  intro: string;
  /** Shown after Low/High: "%" or "GBP". */
  unit: string;
  rows: RangeRow[];
  values: Partial<Record<CardKey, RangeForm>>;
  errors: FieldErrors;
  onChange(key: CardKey, side: keyof RangeForm, value: string): void;
  onReset(key: CardKey): void;
}

/** One override per platform × tier: the default and its source, two boxes, and a Reset. */
export function RangesSection({ table, title, what, intro, unit, rows, values, errors, onChange, onReset }: Props) {
  const headingId = `${table}-h`;
  return (
    <section aria-labelledby={headingId} className="ranges">
      <h2 id={headingId}>{title}</h2>
      <p className="muted">{intro}</p>
      {PLATFORM_TRAITS.map(({ id: platform, name }) => (
        <fieldset key={platform} className="card">
          <legend>{name}</legend>
          {rows.filter((r) => r.platform === platform).map((r) => {
            const v = values[r.key];
            const at = `${table}.${r.key}`;
            return (
              <div key={r.key} className="range-row" data-testid={`range-${at}`}>
                <div className="range-head">
                  <strong>{r.tier}</strong>{' '}
                  <span>default {r.defaultText}</span>
                  <small className="muted source">{r.source}</small>
                </div>
                <div className="range-inputs">
                  <Field path={`${at}.low`} inputMode="decimal" label={<><Hidden>{r.name} {what} </Hidden>Low ({unit})</>} value={v?.low ?? ''} error={errors[`${at}.low`]} onChange={(x) => onChange(r.key, 'low', x)} />
                  <Field path={`${at}.high`} inputMode="decimal" label={<><Hidden>{r.name} {what} </Hidden>High ({unit})</>} value={v?.high ?? ''} error={errors[`${at}.high`]} onChange={(x) => onChange(r.key, 'high', x)} />
                  <button type="button" className="secondary" aria-label={`Reset ${r.name} ${what} to the default`} disabled={!v} onClick={() => onReset(r.key)}>Reset</button>
                </div>
                <FieldError id={`${fieldId(at)}-error`} error={errors[at]} />
                {v ? <small className="muted">Overridden; Reset to use the default again.</small> : null}
              </div>
            );
          })}
        </fieldset>
      ))}
    </section>
  );
}
