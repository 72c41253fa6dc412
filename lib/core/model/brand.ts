import { PLATFORM_IDS } from '../platforms/ids';
import { z } from 'zod';
import { Market } from './findings';

/** "instagram.micro": a platform and a tier, the key of the overrides and the rate card. */
const CARD_KEY = new RegExp(`^(${PLATFORM_IDS.join('|')})\\.(nano|micro|macro|mega)$`);

const Words = z.array(z.string().trim().min(1).max(80)).max(200);
const Handle = z.string().trim().regex(/^@?[A-Za-z0-9._-]{1,100}$/, 'a handle has letters, digits, ".", "_" or "-"').transform((h) => h.replace(/^@/, '').toLowerCase());

export const Competitor = z.object({
  name: z.string().trim().min(1).max(120),
  handles: z.array(Handle).max(50).default([]),
  keywords: Words.default([]),
});
export type Competitor = z.infer<typeof Competitor>;

export const ChecklistItem = z.object({
  id: z.string().trim().regex(/^[a-z0-9-]{1,60}$/, 'ids are lower-case words joined by "-"'),
  label: z.string().trim().min(1).max(200),
  kind: z.enum(['auto', 'manual']),
  /** Auto items pass when any of these appear in the bio or a caption… */
  lookFor: Words.default([]),
  /** …and fail when any of these do. */
  avoid: Words.default([]),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

const Band = z.object({ low: z.number().min(0).max(1), high: z.number().min(0).max(1) }).refine((b) => b.low < b.high, 'low must be below high');
const Range = z.object({ low: z.number().nonnegative(), high: z.number().nonnegative() }).refine((r) => r.low <= r.high, 'low must not exceed high');

export const Currency = z.enum(['GBP', 'USD', 'EUR']);
export type Currency = z.infer<typeof Currency>;

/** The scout's brand, as the options page edits it and the CLI's --brand file gives it. */
export const BrandProfile = z.object({
  /** Internal: how campaigns point at the brand. Never shown; a brand saved before there were several is "brand". */
  id: z.string().regex(/^[a-z0-9-]{1,40}$/).default('brand'),
  name: z.string().trim().min(1).max(120),
  handles: z.array(Handle).max(50).default([]),
  competitors: z.array(Competitor).max(100).default([]),
  markets: z.array(Market).min(1).default(['UK']),
  currency: Currency.default('GBP'),
  exclusivityDays: z.number().int().min(0).max(3650).default(90),
  checklist: z.array(ChecklistItem).max(100).default([]),
  /** Optional overrides of the typical engagement band, per platform and tier ("instagram.micro"). */
  benchmarkOverrides: z.record(z.string().regex(CARD_KEY), Band).default({}),
  /** Optional overrides of the fee range per post, per platform and tier, in the brand's currency. */
  rateCard: z.record(z.string().regex(CARD_KEY), Range).default({}),
  thresholds: z.object({
    /** A share of generic comments above this is worth a look (HypeAuditor: 1–3 in 20 is normal). */
    genericCommentsWarn: z.number().min(0).max(1).default(0.15),
    /** Days without a post before a gap is flagged. */
    postingGapDays: z.number().int().min(1).max(365).default(30),
    /** How many times the top of the typical band counts as suspiciously high. */
    suspiciousMultiple: z.number().min(1).max(20).default(3),
  }).default({ genericCommentsWarn: 0.15, postingGapDays: 30, suspiciousMultiple: 3 }),
});
export type BrandProfile = z.infer<typeof BrandProfile>;
export type BrandProfileInput = z.input<typeof BrandProfile>;

/** Used when the scout has not set up a brand yet: nothing brand-specific is checked. */
export const DEFAULT_BRAND: BrandProfile = BrandProfile.parse({ name: 'My brand' });

/**
 * A stored brand read back field by field (HOUSE principle 5): a field an older build or a hand edit
 * left invalid takes its default, and the rest of the brand, its competitors included, is kept.
 * Null only when nothing of a brand is left to recognise (no object, or no usable name).
 */
export function repairedBrand(raw: unknown): BrandProfile | null {
  const whole = BrandProfile.safeParse(raw);
  if (whole.success) return whole.data;
  if (typeof raw !== 'object' || raw === null) return null;
  const fields: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(BrandProfile.shape) as Array<[string, z.ZodType]>) {
    const r = schema.safeParse((raw as Record<string, unknown>)[key]);
    if (r.success) fields[key] = r.data;
  }
  const repaired = BrandProfile.safeParse(fields);
  return repaired.success ? repaired.data : null;
}

/** An agency's brands, in the order the scout made them; ids are unique. */
export const BrandList = z.array(BrandProfile).min(1).max(50)
  .refine((list) => new Set(list.map((b) => b.id)).size === list.length, 'two brands share an id')
  .refine((list) => new Set(list.map((b) => b.name.toLowerCase())).size === list.length, 'two brands share a name');
export type BrandList = z.infer<typeof BrandList>;

/** The brand a campaign scores with, its brief applied: the brief's markets and exclusivity window win when set. */
export function brandForCampaign(brands: readonly BrandProfile[], brief: { brandId: string | null; markets: BrandProfile['markets']; exclusivityDays: number | null } | null): BrandProfile {
  const brand = brands.find((b) => b.id === brief?.brandId) ?? brands[0] ?? DEFAULT_BRAND;
  if (!brief) return brand;
  return { ...brand, markets: brief.markets.length ? brief.markets : brand.markets, exclusivityDays: brief.exclusivityDays ?? brand.exclusivityDays };
}
