import { z } from 'zod';
import { ExtractErrorInfo } from '../model/errors';
import { BrandProfile } from '../model/brand';
import { ProfileSnapshot } from '../model/snapshot';
import { Scorecard } from '../model/scorecard';

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
});
export type ScoredCreator = z.infer<typeof ScoredCreator>;

/** Every message, with the schema of its request and of its answer. */
export const PROTOCOL = {
  /** Side panel → background: read the creator in this tab, store and score it. */
  'score-tab': { request: z.object({ tabId: z.number().int() }), response: Outcome(ScoredCreator) },
  /** Side panel → background: put the creator on a shortlist (created on first use). */
  'add-to-shortlist': {
    request: z.object({ creatorId: z.string(), shortlistName: z.string().min(1).max(120) }),
    response: z.object({ shortlistedIn: z.array(z.string()) }),
  },
  /** Options page (and the demo) → background: the scout's brand profile, validated. */
  'save-brand': { request: z.object({ brand: BrandProfile }), response: z.object({ brand: BrandProfile }) },
  'load-brand': { request: z.object({}), response: z.object({ brand: BrandProfile }) },
  /** Side panel → background: the scout's answer to a manual value-fit item, stored with the creator. */
  'answer-item': {
    request: z.object({ creatorId: z.string(), itemId: z.string().regex(/^[a-z0-9-]{1,60}$/), answer: z.enum(['yes', 'no', 'unsure']) }),
    response: z.object({ answers: z.record(z.string(), z.enum(['yes', 'no', 'unsure'])) }),
  },
  /** Background → content script: read the page now. */
  capture: { request: z.object({}), response: Outcome(ProfileSnapshot) },
} as const;

export type MessageType = keyof typeof PROTOCOL;
export type RequestOf<T extends MessageType> = z.infer<(typeof PROTOCOL)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof PROTOCOL)[T]['response']>;

export const Envelope = z.object({ type: z.enum(Object.keys(PROTOCOL) as [MessageType, ...MessageType[]]), payload: z.unknown() });
