import type { CompetitorForm, FieldErrors } from '@/lib/options/form';
import { Field } from './Field';

interface Props {
  competitors: CompetitorForm[];
  errors: FieldErrors;
  onAdd(): void;
  onChange(i: number, patch: Partial<Omit<CompetitorForm, 'key'>>): void;
  onRemove(i: number): void;
}

export function CompetitorsSection({ competitors, errors, onAdd, onChange, onRemove }: Props) {
  return (
    <section aria-labelledby="competitors-h">
      <h2 id="competitors-h">Competitors</h2>
      <p className="muted">A creator who mentions one of these within your exclusivity window is flagged.</p>
      {competitors.length === 0 ? <p className="muted">No competitors yet.</p> : null}
      {competitors.map((c, i) => {
        const at = `competitors.${i}`;
        const title = `Competitor ${i + 1}`;
        return (
          <fieldset key={c.key} className="card" data-testid="competitor">
            <legend>{title}{c.name.trim() ? `: ${c.name.trim()}` : ''}</legend>
            <Field path={`${at}.name`} label="Name" value={c.name} error={errors[`${at}.name`]} onChange={(name) => onChange(i, { name })} />
            <Field path={`${at}.handles`} label="Handles" multiline hint="Comma- or newline-separated." value={c.handles} error={errors[`${at}.handles`]} onChange={(handles) => onChange(i, { handles })} />
            <Field path={`${at}.keywords`} label="Keywords" multiline hint="Brand and product names to look for." value={c.keywords} error={errors[`${at}.keywords`]} onChange={(keywords) => onChange(i, { keywords })} />
            <button type="button" className="secondary" aria-label={`Remove ${title.toLowerCase()}`} onClick={() => onRemove(i)}>Remove</button>
          </fieldset>
        );
      })}
      <button type="button" onClick={onAdd}>Add competitor</button>
    </section>
  );
}
