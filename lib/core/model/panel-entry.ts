import { z } from 'zod';
import { Currency } from './brand';
import { EntryStatus } from './entry-status';
import { CampaignBrief } from './campaign';

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
/** A campaign as the panel offers it: its name, its brief (the header's follower chip) and its brand's name. */
export const PanelCampaign = z.object({ name: z.string(), brief: CampaignBrief, brandName: z.string() });
export type PanelCampaign = z.infer<typeof PanelCampaign>;

/** What the panel's campaign editor needs: every campaign, the last one used ("Add to" offers it) and this creator's entries. */
export const PanelShortlists = z.object({
  names: z.array(z.string()),
  entries: z.array(PanelEntry),
  campaigns: z.array(PanelCampaign).default([]),
  lastUsed: z.string().nullable().default(null),
});
export type PanelShortlists = z.infer<typeof PanelShortlists>;
