import { z } from 'zod';

/** Where a creator stands in a campaign, in pipeline order (the dashboard sorts by it). The one list. */
export const ENTRY_STATUSES = ['prospect', 'contacted', 'negotiating', 'agreed', 'declined'] as const;
export const EntryStatus = z.enum(ENTRY_STATUSES);
export type EntryStatus = z.infer<typeof EntryStatus>;
