import { formatCompact } from '../core/format/number';
import { summaryText } from '../core/format/summary-text';
import { NO_BRIEF, type CampaignBrief } from '../core/model/campaign';
import type { PanelEntry } from '../core/model/panel-entry';
import { decide, type Decision } from '../core/scoring/decision';
import { decisionInputOfCard } from '../core/scoring/decision-input';
import type { PanelShortlists, ScoredCreator } from '../messaging/protocol';

/** The name a first campaign is offered under; the scout can rename it in the dashboard. */
export const FIRST_CAMPAIGN = 'My campaign';

/** What the first screen shows, derived from the scorecard and the campaigns: nothing here is stored. */
export interface PanelView {
  decision: Decision;
  brief: CampaignBrief;
  /** The header chip: the follower count against the brief's range, in words. */
  briefChip: { words: string; fits: boolean | null };
  /** Where "Add to" puts the creator: the campaign the score is for (picked, else its own, else the last used), else a first one. */
  target: string;
  /** The creator's entry on the target campaign, once added. */
  entry: PanelEntry | null;
  /** Every campaign's name, for the pickers. */
  campaigns: string[];
  summary: string;
}

export function panelView(result: ScoredCreator, lists: PanelShortlists | null): PanelView {
  const all = lists ?? result.lists;
  const brief = all.campaigns.find((c) => c.name === result.campaign)?.brief ?? NO_BRIEF;
  const input = decisionInputOfCard(result.score, result.snapshot);
  const decision = decide(input, brief);
  // A last-used campaign deleted in the dashboard since is not offered again.
  const last = all.lastUsed !== null && all.names.includes(all.lastUsed) ? all.lastUsed : null;
  // The campaign the header, the chip and the decision speak for: Add and the pills act on it too.
  const target = result.campaign ?? last ?? all.names[0] ?? FIRST_CAMPAIGN;
  return {
    decision,
    brief,
    briefChip: briefChip(input.followers, input.followersApproximate, result.campaign, brief),
    target,
    entry: all.entries.find((e) => e.shortlist === target) ?? null,
    campaigns: all.names,
    summary: summaryText({ snapshot: result.snapshot, score: result.score, decision, campaign: result.campaign, brandName: result.brandName }),
  };
}

/** "in your 10k–100k brief" (after the tier); words carry the meaning, the chip's colour only repeats it. */
export function briefChip(followers: number | null, approximate: boolean, campaign: string | null, brief: CampaignBrief): PanelView['briefChip'] {
  const range = brief.followerRange;
  if (campaign === null) return { words: 'no campaign brief yet', fits: null };
  if (!range) return { words: `“${campaign}” sets no follower range`, fits: null };
  const span = `${formatCompact(range.low)}–${formatCompact(range.high)}`;
  if (followers === null) return { words: `followers unknown against your ${span} brief`, fits: null };
  const fits = followers >= range.low && followers <= range.high;
  return { words: `${fits ? 'in' : 'outside'} your ${span} brief${approximate ? ' (count rounded)' : ''}`, fits };
}
