import type { FieldErrors, ThresholdsForm } from '@/lib/options/form';
import { Field } from './Field';

interface Props {
  thresholds: ThresholdsForm;
  /** Each default as it would be typed, for the hint and the Reset button. */
  defaults: ThresholdsForm;
  errors: FieldErrors;
  onChange(name: keyof ThresholdsForm, value: string): void;
  onReset(name: keyof ThresholdsForm): void;
}

const ROWS: { name: keyof ThresholdsForm; label: string; unit: string; why: string }[] = [
  { name: 'genericCommentsWarn', label: 'Generic comments warning (%)', unit: '%', why: 'Flag when more of the visible comments than this are content-free praise. 1–3 in 20 is normal.' },
  { name: 'postingGapDays', label: 'Posting gap (days)', unit: ' days', why: 'Flag a gap between posts longer than this.' },
  { name: 'suspiciousMultiple', label: 'Suspiciously high engagement (× top of band)', unit: '×', why: 'Engagement this many times the top of the typical band is worth a look.' },
];

export function ThresholdsSection({ thresholds, defaults, errors, onChange, onReset }: Props) {
  return (
    <section aria-labelledby="thresholds-h" className="thresholds">
      <h2 id="thresholds-h">Thresholds</h2>
      {ROWS.map(({ name, label, unit, why }) => (
        <div key={name} className="with-reset">
          <Field path={`thresholds.${name}`} label={label} inputMode="decimal" hint={`${why} Default: ${defaults[name]}${unit}.`}
            value={thresholds[name]} error={errors[`thresholds.${name}`]} onChange={(v) => onChange(name, v)} />
          <button type="button" className="secondary" aria-label={`Reset ${label} to ${defaults[name]}${unit}`} disabled={thresholds[name] === defaults[name]} onClick={() => onReset(name)}>Reset</button>
        </div>
      ))}
    </section>
  );
}
