import { useState } from 'react';
import type { ShortlistRow } from '@/lib/core/model/rows';
import type { CampaignFields } from '@/lib/core/model/campaign';
import { Dialog } from './Dialog';
import { fieldsOf, formOf, MARKETS, type BriefForm } from './brief-form';

interface Props {
  list: ShortlistRow;
  /** The brand profiles by name; their ids are kept, never shown. */
  brands: ReadonlyArray<{ id: string; name: string }>;
  /** Resolves to an error message, or null once saved. */
  onSave(fields: CampaignFields): Promise<string | null>;
  onClose(): void;
}

/** A campaign's name, brief, dates, target followers, markets, languages, exclusivity and brand; nothing is saved until every field is valid. */
export function CampaignDialog({ list, brands, onSave, onClose }: Props) {
  const [form, setForm] = useState<BriefForm>(() => formOf(list, brands));
  const [error, setError] = useState<string | null>(null);
  const set = (patch: Partial<BriefForm>) => setForm((f) => ({ ...f, ...patch }));
  const text = (key: keyof BriefForm) => ({ value: form[key] as string, onChange: (e: { target: { value: string } }) => set({ [key]: e.target.value }) });
  const submit = async () => {
    const checked = fieldsOf(form);
    const problem = checked.ok ? await onSave(checked.fields) : checked.problem;
    if (problem) setError(problem);
    else onClose();
  };
  const toggle = (m: BriefForm['markets'][number]) => set({ markets: form.markets.includes(m) ? form.markets.filter((x) => x !== m) : [...form.markets, m] });
  return (
    <Dialog title={`Campaign "${list.name}"`} onClose={onClose} testId="campaign-dialog">
      <form className="dash-campaign-form" onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
        <label>Name<input {...text('name')} data-testid="campaign-name" required /></label>
        {brands.length > 0 && (
          <label>For the brand
            <select {...text('brandId')} data-testid="campaign-brand">
              {brands.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
            </select>
          </label>
        )}
        <label>Brief<textarea {...text('brief')} rows={4} data-testid="campaign-brief" /></label>
        <div className="dash-inline">
          <label>Starts on<input type="date" {...text('startsOn')} data-testid="campaign-starts" /></label>
          <label>Ends on<input type="date" {...text('endsOn')} data-testid="campaign-ends" /></label>
        </div>
        <fieldset className="dash-range">
          <legend>Target followers (blank: any size)</legend>
          <label>From<input inputMode="numeric" placeholder="10k" {...text('followersLow')} data-testid="campaign-followers-low" /></label>
          <label>To<input inputMode="numeric" placeholder="100k" {...text('followersHigh')} data-testid="campaign-followers-high" /></label>
        </fieldset>
        <fieldset className="dash-range dash-markets" data-testid="campaign-markets">
          <legend>Markets (none ticked: the brand's)</legend>
          {MARKETS.map((m) => <label key={m}><input type="checkbox" checked={form.markets.includes(m)} onChange={() => toggle(m)} />{m}</label>)}
        </fieldset>
        <label>Target languages (two-letter codes, comma separated)<input placeholder="en, de" {...text('languages')} data-testid="campaign-languages" /></label>
        <label>Exclusivity window in days (blank: the brand's)<input inputMode="numeric" {...text('exclusivityDays')} data-testid="campaign-exclusivity" /></label>
        {error && <p className="notice risk" role="alert" data-testid="campaign-error">{error}</p>}
        <div className="dash-inline">
          <button type="submit" data-testid="campaign-save">Save</button>
          <button type="button" className="secondary" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </Dialog>
  );
}
