import type { MicroscopeDb } from './schema';

export type ManualAnswer = 'yes' | 'no' | 'unsure';

/** Stores the scout's answer to a manual value-fit item with the creator; the next score uses it. */
export async function setAnswer(db: MicroscopeDb, creatorId: string, itemId: string, answer: ManualAnswer): Promise<Record<string, ManualAnswer>> {
  return db.transaction('rw', db.creators, async () => {
    const creator = await db.creators.get(creatorId);
    if (!creator) throw new Error(`Unknown creator ${creatorId}; score it first.`);
    const answers = { ...(creator.answers ?? {}), [itemId]: answer };
    await db.creators.update(creatorId, { answers });
    return answers;
  });
}
