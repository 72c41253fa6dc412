import type { Scorecard } from '@/lib/core/model/scorecard';

const STATUS = { pass: '✓ pass', fail: '✗ fail', unanswered: '? unanswered' } as const;

type Answer = 'yes' | 'no' | 'unsure';

/** Which campaign's answers are shown, and the campaigns (shortlists) the creator is on. */
export interface AnswersFor {
  campaign: string | null;
  campaigns: string[];
  onChoose(name: string): void;
}

export function ValueFitList({ valueFit, onAnswer, answersFor }: { valueFit: Scorecard['valueFit']; onAnswer?: (itemId: string, answer: Answer) => void; answersFor?: AnswersFor }) {
  if (valueFit.items.length === 0) return <p className="muted">No value checklist yet: add one in the options page.</p>;
  const hasManual = valueFit.items.some((i) => i.kind === 'manual');
  return (
    <section aria-label="Value fit" data-testid="value-fit">
      {hasManual && answersFor ? <CampaignPicker {...answersFor} /> : null}
      <p>Value fit: {valueFit.score === null ? 'nothing answered yet' : `${Math.round(valueFit.score * 100)}% of answered items pass`}</p>
      <ul>
        {valueFit.items.map((i) => (
          <li key={i.id} data-item={i.id} data-status={i.status}>
            {STATUS[i.status]} — {i.label}{i.kind === 'manual' ? ' (your call)' : ''}
            {i.matches.length > 0 ? <span className="muted"> · {i.matches.slice(0, 5).map((m) => `“${m.word}” in ${m.where === 'bio' ? 'bio' : `post ${m.where}`}`).join(', ')}</span> : null}
            {i.kind === 'manual' && onAnswer ? (
              <span role="group" aria-label={`Answer: ${i.label}`} className="answers">
                {(['yes', 'no', 'unsure'] as const).map((a) => (
                  <button key={a} type="button" className="secondary" data-answer={a} aria-pressed={(a === 'yes' && i.status === 'pass') || (a === 'no' && i.status === 'fail')} onClick={() => onAnswer(i.id, a)}>{a}</button>
                ))}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Each shortlist keeps its own answers: a creator can suit one campaign's brief and not another's. */
function CampaignPicker({ campaign, campaigns, onChoose }: AnswersFor) {
  if (campaign === null || campaigns.length === 0) {
    return <p className="muted" data-testid="answers-for">Your answers are kept with this creator and copied to each shortlist you add it to; each list then keeps its own.</p>;
  }
  if (campaigns.length === 1) return <p className="muted" data-testid="answers-for">Your answers for “{campaign}”.</p>;
  return (
    <label data-testid="answers-for">Answers for the campaign
      <select value={campaign} onChange={(e) => onChoose(e.target.value)} data-testid="pick-campaign">
        {campaigns.map((c) => <option key={c} value={c}>{c}</option>)}
      </select>
    </label>
  );
}
