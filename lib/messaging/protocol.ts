import { z } from 'zod';
import { ExtractErrorInfo } from '../model/errors';
import { BrandProfile } from '../model/brand';
import { ProfileSnapshot } from '../model/snapshot';
import { Scorecard } from '../model/scorecard';
import { Currency } from '../model/brand';
import { EntryStatus } from '../model/entry-status';

/** Either a value or a typed failure the UI can explain to the scout. */
const Outcome = <T extends z.ZodType>(ok: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value: ok }),
    z.object({ ok: z.literal(false), error: ExtractErrorInfo }),
  ]);

export const ScoredCreator = z.object({
  creatorId: z.string(),
  snapshot: ProfileSnapshot,
  score: Scorecard,
  /** Earlier snapshots of the same creator, oldest first, excluding this one. */
  history: z.array(ProfileSnapshot),
  shortlistedIn: z.array(z.string()),
  /** The tab's address when it was read: the panel follows the tab by it. */
  pageUrl: z.string().optional(),
  /** The shortlist whose manual answers this score used; null: the creator is on none (the scout's latest answers). */
  campaign: z.string().nullable().default(null),
});
export type ScoredCreator = z.infer<typeof ScoredCreator>;

/** The few numbers the on-page button shows inline; the panel has the rest. */
export const ScoreBrief = z.object({
  name: z.string(),
  tier: z.string().nullable(),
  engagementRate: z.number().nullable(),
  /** Rounded counts entered the rate: shown with "≈". */
  engagementApproximate: z.boolean().default(false),
  overall: z.number().nullable(),
  verdict: z.string(),
});
export type ScoreBrief = z.infer<typeof ScoreBrief>;

export const PanelEntry = z.object({
  entryId: z.number().int(),
  shortlist: z.string(),
  status: EntryStatus,
  tags: z.array(z.string().max(60)).max(30),
  notes: z.string().max(4000),
  /** What the creator asked for this campaign, when the scout has it. */
  quotedRate: z.object({ amount: z.number().nonnegative().max(1e9), currency: Currency }).nullable(),
});
export type PanelEntry = z.infer<typeof PanelEntry>;
/** What the panel's shortlist editor needs: every list's name and this creator's entries. */
export const PanelShortlists = z.object({ names: z.array(z.string()), entries: z.array(PanelEntry) });
export type PanelShortlists = z.infer<typeof PanelShortlists>;
const Campaign = z.string().trim().min(1).max(120).nullable().optional();
const TabEvent = z.object({ tabId: z.number().int(), url: z.string() });

/** Every message, with the schema of its request and of its answer. */
export const PROTOCOL = {
  /** Side panel → background: read the creator in this tab, store and score it. */
  'score-tab': {
    /** reuse: accept a read of the same tab and address from the last few seconds (the on-page button's). */
    request: z.object({ tabId: z.number().int(), reuse: z.boolean().optional(), campaign: Campaign }),
    response: Outcome(ScoredCreator),
  },
  /** On-page Score button or keyboard shortcut (content script) → background: open the panel and score the sender's tab. */
  'score-page': { request: z.object({}), response: z.object({ panelOpened: z.boolean(), outcome: Outcome(ScoreBrief) }) },
  /** Background → side panel: the tab's address changed (in-page or full navigation). */
  'tab-changed': { request: TabEvent, response: z.object({}) },
  /** Background → side panel: a tab was just scored from the page (button or shortcut); show it. */
  'tab-scored': { request: TabEvent, response: z.object({}) },
  /**
   * Dashboard → side panel: shortlists or entries changed there (edited, renamed, deleted, undone,
   * imported, restored). `renamed` maps a campaign's old name to its new one.
   */
  'shortlists-changed': { request: z.object({ renamed: z.object({ from: z.string(), to: z.string() }).nullable() }), response: z.object({}) },
  /** Side panel → background: every shortlist's name and this creator's entries. */
  'shortlist-state': { request: z.object({ creatorId: z.string() }), response: PanelShortlists },
  /** Side panel → background: add the creator to a list (created on first use) or edit its entry there. */
  'save-entry': {
    request: z.object({ creatorId: z.string(), shortlistName: z.string().trim().min(1).max(120) }).extend(PanelEntry.pick({ status: true, tags: true, notes: true, quotedRate: true }).shape),
    response: PanelShortlists,
  },
  /** Side panel → background: put the creator on a shortlist (created on first use). */
  'add-to-shortlist': {
    request: z.object({ creatorId: z.string(), shortlistName: z.string().min(1).max(120) }),
    response: z.object({ shortlistedIn: z.array(z.string()) }),
  },
  /** Options page (and the demo) → background: the scout's brand profile, validated. */
  'save-brand': { request: z.object({ brand: BrandProfile }), response: z.object({ brand: BrandProfile }) },
  'load-brand': { request: z.object({}), response: z.object({ brand: BrandProfile }) },
  /** Side panel → background: the scout's answer to a manual value-fit item, for the creator's entry on `campaign`. */
  'answer-item': {
    request: z.object({ creatorId: z.string(), itemId: z.string().regex(/^[a-z0-9-]{1,60}$/), answer: z.enum(['yes', 'no', 'unsure']), campaign: Campaign }),
    response: z.object({ answers: z.record(z.string(), z.enum(['yes', 'no', 'unsure'])) }),
  },
  /** Background → content script: read the page now. */
  capture: { request: z.object({}), response: Outcome(ProfileSnapshot) },
} as const;

export type MessageType = keyof typeof PROTOCOL;
export type RequestOf<T extends MessageType> = z.infer<(typeof PROTOCOL)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof PROTOCOL)[T]['response']>;

export const Envelope = z.object({ type: z.enum(Object.keys(PROTOCOL) as [MessageType, ...MessageType[]]), payload: z.unknown() });
