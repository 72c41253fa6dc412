import { z } from 'zod';
import { Currency } from './brand';
import { EntryStatus } from './entry-status';

/** A creator's entry on one campaign, as the side panel edits it. */
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
