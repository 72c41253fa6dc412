import type { ReactNode } from 'react';
import type { Scorecard as Card } from '@/lib/core/model/scorecard';
import type { ProfileSnapshot } from '@/lib/core/model/snapshot';
import type { PanelEntry } from '@/lib/core/model/panel-entry';
import { contactOf } from '@/lib/core/format/contact';
import { NO_BRIEF } from '@/lib/core/model/campaign';
import { decide, type Decision } from '@/lib/core/scoring/decision';
import { decisionInputOfCard } from '@/lib/core/scoring/decision-input';
import { targetLanguages } from '@/lib/core/scoring/audience/audience';
import type { LanguagesStatus } from '@/lib/panel/languages';
import { AudienceSection } from './AudienceSection';
import { CompactRow } from './CompactRow';
import { ContactLine } from './ContactLine';
import { CreatorHeader } from './CreatorHeader';
import { DecisionBlock } from './DecisionBlock';
import { Evidence } from './Evidence';
import { evidenceId } from './evidence-anchor';

interface Props {
  snapshot: ProfileSnapshot;
  score: Card;
  /** Earlier visits of this creator, oldest first, for the follower chart. */
  history?: ProfileSnapshot[];
  /** The decision for the campaign shown; without one, decided against no brief. */
  decision?: Decision;
  briefChip?: { words: string; fits: boolean | null };
  /** The creator's entry on the campaign shown (its quote sits beside the fee). */
  entry?: PanelEntry | null;
  onAnswer?: (itemId: string, answer: 'yes' | 'no' | 'unsure') => void;
  onCopy?: (text: string) => Promise<boolean>;
  quote?: ReactNode;
  /** The brief's target languages (empty: its markets'), and the panel's reading of the comment languages. */
  campaignLanguages?: readonly string[];
  languagesStatus?: LanguagesStatus;
}

const NO_CHIP = { words: 'no campaign brief yet', fits: null };
const cannotCopy = async () => false;

/**
 * The first screen (who, the decision and why, the key numbers, how to reach them) and, below it,
 * the evidence in expanders. Every string from the page is rendered as text: it is hostile input.
 */
export function Scorecard({ snapshot, score, history = [], decision, briefChip = NO_CHIP, entry = null, onAnswer, onCopy = cannotCopy, quote, campaignLanguages = [], languagesStatus }: Props) {
  const shown = decision ?? decide(decisionInputOfCard(score, snapshot), NO_BRIEF);
  return (
    <article aria-label="Scorecard">
      <div className="first-screen">
        <CreatorHeader snapshot={snapshot} score={score} briefChip={briefChip} />
        <DecisionBlock decision={shown} />
        <CompactRow score={score} confidence={shown.confidence} entry={entry} />
        <ContactLine contact={contactOf(snapshot)} onCopy={onCopy} />
        <p className="muted small" data-testid="audience-note">Audience location is not on a public page: ask the creator for their insights.</p>
      </div>
      <Evidence snapshot={snapshot} score={score} history={history} onAnswer={onAnswer} quote={quote} />
      <details id={evidenceId('audience')} className="expander">
        <summary>Audience</summary>
        <div className="expander-body">
          <AudienceSection audience={score.audience} responsiveness={score.responsiveness} generic={score.genericComments} languagesStatus={languagesStatus} postsOpened={score.audience?.postsOpened ?? null}
            targets={targetLanguages(campaignLanguages, score.disclosure.markets.map((m) => m.market))} />
        </div>
      </details>
    </article>
  );
}
