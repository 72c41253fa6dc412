import { z } from 'zod';
import { ExtractErrorInfo } from '../core/model/errors';
import { BrandProfile } from '../core/model/brand';
import { ProfileSnapshot } from '../core/model/snapshot';
import { Scorecard } from '../core/model/scorecard';
import { PanelEntry, PanelShortlists } from '../core/model/panel-entry';

/** Either a value or a typed failure the UI can explain to the scout. */
const Outcome = <T extends z.ZodType>(ok: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value: ok }),
    z.object({ ok: z.literal(false), error: ExtractErrorInfo }),
  ]);

export { PanelEntry, PanelShortlists } from '../core/model/panel-entry';

export const ScoredCreator = z.object({
  creatorId: z.string(),
  snapshot: ProfileSnapshot,
  score: Scorecard,
  /** Earlier snapshots of the same creator, oldest first, excluding this one. */
  history: z.array(ProfileSnapshot),
  /** The tab's address when it was read: the panel follows the tab by it. */
  pageUrl: z.string().optional(),
  /**
   * The campaign this score is for (its brief and brand; its answers when the creator is on it):
   * the one asked for, else the creator's newest, else the last one used. Null before any exists.
   */
  campaign: z.string().nullable().default(null),
  /** The brand profile the score was made for: the header says "Scored for <brand> · <campaign>". */
  brandName: z.string().default(''),
  /** False for a read made while following the tab: shown, not kept in the scout's history. */
  stored: z.boolean(),
  /** Every campaign's name and this creator's entries (the campaigns it is on), so the panel needs no second question. */
  lists: PanelShortlists,
});
export type ScoredCreator = z.infer<typeof ScoredCreator>;

/** The few numbers the on-page button shows inline; the panel has the rest. */
export const ScoreBrief = z.object({
  name: z.string(),
  tier: z.string().nullable(),
  engagementRate: z.number().nullable(),
  /** Rounded counts entered the rate: shown with "≈". */
  engagementApproximate: z.boolean().default(false),
  // No overall score or verdict: this goes to the content script, next to the page; the brand's judgements stay in the panel.
});
export type ScoreBrief = z.infer<typeof ScoreBrief>;

const Campaign = z.string().trim().min(1).max(120).nullable().optional();
const TabEvent = z.object({ tabId: z.number().int(), url: z.string() });
/** Ties a 'scored' notice to the panel request it answers; null for the on-page button and the shortcut. */
const RequestId = z.string().max(40).nullable();
/** A read the panel showed but did not store (it followed the tab there): stored first when the scout acts on it. */
const Unsaved = ProfileSnapshot.optional();

/** How far back "Read the last N days" goes: the panel offers these three. */
export const ReadDays = z.union([z.literal(30), z.literal(60), z.literal(90)]);
export type ReadDays = z.infer<typeof ReadDays>;
/** Why a read of the last N days ended: the window reached, the page stopped loading, the scout's Stop, the step cap, or the page moved on. */
export const ReadStop = z.enum(['window', 'page-end', 'stopped', 'limit', 'left']);
export type ReadStop = z.infer<typeof ReadStop>;

/** Every message, with the schema of its request and of its answer. */
export const PROTOCOL = {
  /**
   * Side panel or background (the shortcut) → content script: read the page and send it to the
   * background as one 'score' message. Answered at once; the result comes back as 'scored'.
   */
  'read-page': { request: z.object({ store: z.boolean(), campaign: Campaign, requestId: RequestId }), response: z.object({}) },
  /**
   * Content script → background: the page as read (or why it could not be), to score and, when the
   * scout asked for it, store. Also side panel → background: score a snapshot it holds again (another
   * campaign), with `tabId`. The background broadcasts 'scored'; the on-page button shows the brief.
   */
  score: {
    request: z.object({
      outcome: Outcome(ProfileSnapshot), store: z.boolean(), campaign: Campaign, requestId: RequestId,
      /** The on-page button: open the panel too (only within the click's gesture). */
      openPanel: z.boolean().optional(),
      tabId: z.number().int().optional(),
      /**
       * Side panel only: each comment's language as the panel's local identifier read it (null where
       * it could not tell), in the snapshot's comment order. The identifier loads in the panel, an
       * extension page, never in a content script or the background.
       */
      detectedLanguages: z.array(z.string().regex(/^[a-z]{2,3}$/).nullable()).max(5_000).optional(),
    }),
    response: z.object({ panelOpened: z.boolean(), outcome: Outcome(ScoreBrief) }),
  },
  /**
   * Content script → background: load this platform's reader into me. The first read in a tab asks;
   * the background injects reader-<platform>.js into the content script's isolated world.
   */
  'load-reader': { request: z.object({}), response: z.object({ loaded: z.boolean() }) },
  /**
   * Side panel → content script: read the last `days` days of the creator's grid by scrolling it, as
   * a scout would, so the page itself loads more posts. Answered at once; progress comes back as
   * 'read-progress', the result as the usual 'scored' (the content script sends one 'score', stored).
   */
  'read-window': { request: z.object({ days: ReadDays, campaign: Campaign, requestId: z.string().min(1).max(40) }), response: z.object({}) },
  /** Side panel → content script: stop the read of this request; it still scores what it has. */
  'stop-reading': { request: z.object({ requestId: z.string().min(1).max(40) }), response: z.object({}) },
  /**
   * Content script → background: how far a 'read-window' has got; the background relays it to the
   * panels with the tab's id (`tabId` is the background's to set, never the page's).
   */
  'read-progress': {
    request: z.object({
      requestId: z.string().min(1).max(40), posts: z.number().int().nonnegative().max(100_000),
      oldest: z.string().datetime({ offset: true }).nullable(), done: z.boolean(), reason: ReadStop.optional(),
      tabId: z.number().int().optional(),
    }),
    response: z.object({}),
  },
  /** Background → side panels: a tab's page was scored (stored or not); each panel shows its own tab's. */
  scored: { request: z.object({ tabId: z.number().int(), requestId: RequestId, result: Outcome(ScoredCreator) }), response: z.object({}) },
  /** Background → side panel: the tab's address changed (in-page or full navigation). */
  'tab-changed': { request: TabEvent, response: z.object({}) },
  /**
   * Dashboard → side panel: shortlists or entries changed there (edited, renamed, deleted, undone,
   * imported, restored). `renamed` maps a campaign's old name to its new one.
   */
  'shortlists-changed': { request: z.object({ renamed: z.object({ from: z.string(), to: z.string() }).nullable() }), response: z.object({}) },
  /** Side panel → background: every shortlist's name and this creator's entries. */
  'shortlist-state': { request: z.object({ creatorId: z.string() }), response: PanelShortlists },
  /** Side panel → background: add the creator to a list (created on first use) or edit its entry there. */
  'save-entry': {
    // A patch: only the fields sent are written, so a note saving itself never undoes a status clicked meanwhile.
    request: z.object({ creatorId: z.string(), shortlistName: z.string().trim().min(1).max(120), unsaved: Unsaved }).extend(PanelEntry.pick({ status: true, tags: true, notes: true, quotedRate: true }).partial().shape),
    response: PanelShortlists,
  },
  /** Options page (and the demo) → background: the scout's brand profile, validated. */
  'save-brand': { request: z.object({ brand: BrandProfile }), response: z.object({ brand: BrandProfile, brands: z.array(BrandProfile) }) },
  /** Options page → background: every brand; `brand` is the first, the one a campaign without a brand uses. */
  'load-brand': { request: z.object({}), response: z.object({ brand: BrandProfile, brands: z.array(BrandProfile) }) },
  /** Options page → background: remove a brand (never the last); its campaigns fall back to the first. */
  'delete-brand': { request: z.object({ id: z.string().max(40) }), response: z.object({ brands: z.array(BrandProfile) }) },
  /** Side panel → background: the scout's answer to a manual value-fit item, for the creator's entry on `campaign`. */
  'answer-item': {
    request: z.object({
      creatorId: z.string(), itemId: z.string().regex(/^[a-z0-9-]{1,60}$/), answer: z.enum(['yes', 'no', 'unsure']), campaign: Campaign, unsaved: Unsaved,
      /** The campaign the panel shows the score for; the answer is scored for it again (the creator may not be on it yet). */
      scoredFor: Campaign,
    }),
    /** The creator scored again with the answer applied (stored: answering keeps the visit). */
    response: Outcome(ScoredCreator),
  },
} as const;

export type MessageType = keyof typeof PROTOCOL;
export type RequestOf<T extends MessageType> = z.infer<(typeof PROTOCOL)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof PROTOCOL)[T]['response']>;

export const Envelope = z.object({ type: z.enum(Object.keys(PROTOCOL) as [MessageType, ...MessageType[]]), payload: z.unknown() });
