import { useState } from 'react';
import { campaignProblem, type CampaignFields } from '@/lib/core/model/campaign';
import type { ShortlistRow } from '@/lib/core/model/rows';
import { Dialog } from './Dialog';

interface Props {
  list: ShortlistRow;
  /** Resolves to an error message, or null once saved. */
  onSave(fields: CampaignFields): Promise<string | null>;
  onClose(): void;
}

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** Name, brief and dates of one campaign; nothing is saved until every field is valid. */
export function CampaignDialog({ list, onSave, onClose }: Props) {
  const [name, setName] = useState(list.name);
  const [brief, setBrief] = useState(list.brief);
  const [startsOn, setStartsOn] = useState(list.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(list.endsOn ?? '');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const fields: CampaignFields = { name, brief, startsOn: orNull(startsOn), endsOn: orNull(endsOn) };
    const problem = campaignProblem(fields) ?? (await onSave(fields));
    if (problem) setError(problem);
    else onClose();
  };
  return (
    <Dialog title={`Campaign "${list.name}"`} onClose={onClose} testId="campaign-dialog">
      <form className="dash-campaign-form" onSubmit={(e) => { e.preventDefault(); void submit(); }} noValidate>
        <label>Name<input value={name} onChange={(e) => setName(e.target.value)} data-testid="campaign-name" required /></label>
        <label>Brief<textarea value={brief} rows={5} onChange={(e) => setBrief(e.target.value)} data-testid="campaign-brief" /></label>
        <div className="dash-inline">
          <label>Starts on<input type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} data-testid="campaign-starts" /></label>
          <label>Ends on<input type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} data-testid="campaign-ends" /></label>
        </div>
        {error && <p className="notice risk" role="alert" data-testid="campaign-error">{error}</p>}
        <div className="dash-inline">
          <button type="submit" data-testid="campaign-save">Save</button>
          <button type="button" className="secondary" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </Dialog>
  );
}
