import { z } from 'zod';

export const Tier = z.enum(['nano', 'micro', 'macro', 'mega']);
export type Tier = z.infer<typeof Tier>;

export const Scorecard = z.object({
  tier: Tier.nullable(),
  /** A fraction such as 0.034; null when the page does not give enough to compute it. */
  engagementRate: z.number().nonnegative().nullable(),
  engagementFormula: z.string(),
  /** Posts that entered the median. */
  postsUsed: z.number().int().nonnegative(),
  /** Why engagementRate is null, or what was left out. */
  notes: z.array(z.string()),
});
export type Scorecard = z.infer<typeof Scorecard>;
