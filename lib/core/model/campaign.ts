import { z } from 'zod';
import { Market } from './findings';

/** A follower range of a brief: "10k–100k". */
export const FollowerRange = z.object({ low: z.number().int().nonnegative(), high: z.number().int().positive().max(1e10) })
  .refine((r) => r.low < r.high, { message: 'The lowest follower count must be below the highest.', path: ['high'] });
export type FollowerRange = z.infer<typeof FollowerRange>;

/** An ISO 639-1 language code, as the comment-language signal reports it ("de"). */
export const LanguageCode = z.string().trim().toLowerCase().regex(/^[a-z]{2}$/, 'A language is a two-letter code such as "en" or "de".');

/**
 * What a campaign asks of its creators, beside its brand. Empty markets and a null exclusivity
 * window mean "as the brand says"; a null range means any size.
 */
const BRIEF_FIELDS = {
  followerRange: FollowerRange.nullable(),
  markets: z.array(Market).max(5),
  languages: z.array(LanguageCode).max(10),
  exclusivityDays: z.number().int().min(0, 'The exclusivity window cannot be negative.').max(3650, 'Keep the exclusivity window under ten years.').nullable(),
  /** The brand profile this campaign is for; null: the first brand. An internal id, never shown. */
  brandId: z.string().max(40).nullable(),
};
export const CampaignBrief = z.object({
  followerRange: BRIEF_FIELDS.followerRange.default(null),
  markets: BRIEF_FIELDS.markets.default([]),
  languages: BRIEF_FIELDS.languages.default([]),
  exclusivityDays: BRIEF_FIELDS.exclusivityDays.default(null),
  brandId: BRIEF_FIELDS.brandId.default(null),
});
/** The brief as a stored campaign row may hold it: rows from before briefs lack it (read them with briefOf). */
export const StoredBrief = z.object(BRIEF_FIELDS).partial();
export type CampaignBrief = z.infer<typeof CampaignBrief>;
export const NO_BRIEF: CampaignBrief = CampaignBrief.parse({});

/** A stored campaign's brief, each field repaired on its own: one bad field never loses the others. */
export function briefOf(row: Partial<Record<keyof CampaignBrief, unknown>> | null | undefined): CampaignBrief {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(CampaignBrief.shape) as Array<[keyof CampaignBrief, z.ZodType]>) {
    const r = schema.safeParse(row?.[key]);
    out[key] = r.success ? r.data : NO_BRIEF[key];
  }
  return out as CampaignBrief;
}

/** What the scout can edit about a campaign; every field is checked before anything is written. */
export const CampaignFields = z.object({
  name: z.string().trim().min(1, 'Give the campaign a name.').max(120, 'Keep the name under 120 characters.'),
  brief: z.string().max(5000, 'Keep the brief under 5,000 characters.'),
  startsOn: z.iso.date('Starts on must be a date (YYYY-MM-DD).').nullable(),
  endsOn: z.iso.date('Ends on must be a date (YYYY-MM-DD).').nullable(),
  ...StoredBrief.shape,
}).refine((c) => c.startsOn === null || c.endsOn === null || c.startsOn <= c.endsOn, { message: 'The campaign cannot end before it starts.', path: ['endsOn'] });
export type CampaignFields = z.infer<typeof CampaignFields>;

/** The fields as they will be saved (name trimmed), or the first problem with them, in words. */
export function checkedCampaign(fields: CampaignFields): { ok: true; value: CampaignFields } | { ok: false; problem: string } {
  const r = CampaignFields.safeParse(fields);
  return r.success ? { ok: true, value: r.data } : { ok: false, problem: r.error.issues[0]?.message ?? 'These campaign details cannot be saved.' };
}

/** The first problem with the fields, in words, or null when they can be saved. */
export function campaignProblem(fields: CampaignFields): string | null {
  const r = checkedCampaign(fields);
  return r.ok ? null : r.problem;
}

