import { ENTRY_STATUSES } from '@/lib/core/model/rows';
import type { RowFilter, ScoreField } from '@/lib/dashboard/filter';
import { FlagId } from '@/lib/core/model/findings';
import { Tier } from '@/lib/core/model/scorecard';
import { PlatformId } from '@/lib/core/model/snapshot';
import { useDashboard } from '@/lib/dashboard/context';
import { FLAG_WORDS } from '@/lib/dashboard/flag-words';

const DECISIONS = { shortlist: 'Shortlist', check: 'Check', skip: 'Skip' } as const;

const SCORE_FIELDS: Record<ScoreField, string> = { overall: 'Overall', metrics: 'Metrics', content: 'Content', risk: 'Risk' };

/** A select with "any" first; '' means no filter. */
function Choice<T extends string>({ label, value, options, onChange, testId, words }: { label: string; value: T | ''; options: readonly T[]; onChange(v: T | ''): void; testId: string; words?: Record<T, string> }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as T | '')} data-testid={testId}>
        <option value="">any</option>
        {options.map((o) => <option key={o} value={o}>{words?.[o] ?? o}</option>)}
      </select>
    </label>
  );
}

const numberOrNull = (text: string): number | null => (text.trim() === '' || !Number.isFinite(Number(text)) ? null : Number(text));

export function FilterBar() {
  const filter = useDashboard((s) => s.filter);
  const lists = useDashboard((s) => s.lists);
  const setFilter = useDashboard((s) => s.setFilter);
  const resetFilter = useDashboard((s) => s.resetFilter);
  const set = (patch: Partial<RowFilter>) => setFilter(patch);
  return (
    <form className="dash-filters" role="search" aria-label="Filter the campaigns" onSubmit={(e) => e.preventDefault()}>
      <label className="grow">
        Search
        <input type="search" value={filter.query} placeholder="handle, name, notes or tags" onChange={(e) => set({ query: e.target.value })} data-testid="filter-search" />
      </label>
      <label>
        Campaign
        <select value={filter.shortlistId ?? ''} onChange={(e) => set({ shortlistId: e.target.value === '' ? null : Number(e.target.value) })} data-testid="filter-shortlist">
          <option value="">all</option>
          {lists.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
        </select>
      </label>
      <Choice label="Decision" value={filter.decision} options={Object.keys(DECISIONS) as Array<keyof typeof DECISIONS>} words={DECISIONS} onChange={(v) => set({ decision: v })} testId="filter-decision" />
      <Choice label="Platform" value={filter.platform} options={PlatformId.options} onChange={(v) => set({ platform: v })} testId="filter-platform" />
      <Choice label="Tier" value={filter.tier} options={Tier.options} onChange={(v) => set({ tier: v })} testId="filter-tier" />
      <Choice label="Status" value={filter.status} options={ENTRY_STATUSES} onChange={(v) => set({ status: v })} testId="filter-status" />
      <Choice label="Flag" value={filter.flag} options={FlagId.options} words={FLAG_WORDS} onChange={(v) => set({ flag: v })} testId="filter-flag" />
      <fieldset className="dash-range">
        <legend>Score range (0–100)</legend>
        <select aria-label="Score" value={filter.scoreField} onChange={(e) => set({ scoreField: e.target.value as ScoreField })}>
          {Object.entries(SCORE_FIELDS).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
        </select>
        <input type="number" min={0} max={100} aria-label="Minimum score" placeholder="min" value={filter.scoreMin ?? ''} onChange={(e) => set({ scoreMin: numberOrNull(e.target.value) })} data-testid="filter-score-min" />
        <input type="number" min={0} max={100} aria-label="Maximum score" placeholder="max" value={filter.scoreMax ?? ''} onChange={(e) => set({ scoreMax: numberOrNull(e.target.value) })} data-testid="filter-score-max" />
      </fieldset>
      <button type="button" className="secondary" onClick={resetFilter}>Clear filters</button>
    </form>
  );
}
