import { entryOn } from './visits';
import type { MicroscopeDb } from './schema';

export type ManualAnswer = 'yes' | 'no' | 'unsure';

/**
 * Stores the scout's answer to a manual value-fit item. Answers belong to a campaign: with
 * `campaign`, the creator's entry on that shortlist gets it. The creator keeps the latest
 * answers too, as the starting point for a list it joins later (or when it is on none).
 * Returns the answers now in force for that campaign.
 */
export async function setAnswer(db: MicroscopeDb, creatorId: string, itemId: string, answer: ManualAnswer, campaign?: string | null, now = new Date().toISOString()): Promise<Record<string, ManualAnswer>> {
  return db.transaction('rw', db.creators, db.shortlists, db.entries, async () => {
    const creator = await db.creators.get(creatorId);
    if (!creator) throw new Error(`Unknown creator ${creatorId}; score it first.`);
    const latest = { ...(creator.answers ?? {}), [itemId]: answer };
    await db.creators.update(creatorId, { answers: latest });
    const entry = campaign ? await entryOn(db, creatorId, campaign) : undefined;
    if (campaign && entry?.id === undefined) throw new Error(`@${creator.handle} is not on “${campaign}”.`);
    if (!entry?.id) return latest;
    const answers = { ...entry.answers, [itemId]: answer };
    await db.entries.update(entry.id, { answers, updatedAt: now });
    return answers;
  });
}
