interface Props {
  brandName: string;
  campaign: string | null;
  /** Every campaign: choosing one scores the same read for its brief and brand, storing nothing. */
  campaigns: string[];
  onChoose(name: string): void;
  /** Opens the dashboard, where campaigns and their briefs are edited. */
  onEdit(): void;
}

/** "Scored for <brand> · <campaign> · edit": whose judgement the decision below is. */
export function ScoredFor({ brandName, campaign, campaigns, onChoose, onEdit }: Props) {
  const brand = brandName || 'your brand';
  return (
    <p className="scored-for muted" data-testid="scored-for">
      Scored for <strong>{brand}</strong>{' · '}
      {campaigns.length > 1 || (campaigns.length === 1 && campaign === null) ? (
        <select aria-label="Campaign to score for" value={campaign ?? ''} onChange={(e) => e.target.value && onChoose(e.target.value)} data-testid="pick-campaign">
          {campaign === null ? <option value="">no campaign</option> : null}
          {campaigns.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      ) : <span data-testid="scored-campaign">{campaign ?? 'no campaign yet'}</span>}
      {' · '}
      <a href="/dashboard.html" onClick={(e) => { e.preventDefault(); onEdit(); }} aria-label="Edit campaigns and briefs in the dashboard" data-testid="edit-campaign">edit</a>
    </p>
  );
}
