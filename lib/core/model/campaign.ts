import { z } from 'zod';

/** What the scout can edit about a campaign; every field is checked before anything is written. */
export const CampaignFields = z.object({
  name: z.string().trim().min(1, 'Give the campaign a name.').max(120, 'Keep the name under 120 characters.'),
  brief: z.string().max(5000, 'Keep the brief under 5,000 characters.'),
  startsOn: z.iso.date('Starts on must be a date (YYYY-MM-DD).').nullable(),
  endsOn: z.iso.date('Ends on must be a date (YYYY-MM-DD).').nullable(),
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

