import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isCleanCreator, isCleanEntry, readCreator, readEntry } from '@/lib/store/clean-rows';
import { CreatorRowSchema, EntryRowSchema } from '@/lib/core/model/rows';
import { setAnswer } from '@/lib/store/answers';
import { updateEntry } from '@/lib/store/shortlists';
import { closeAll, freshDb, seedCreator } from './seed';

afterEach(closeAll);

/** Rows as this build writes them: a scored, shortlisted, edited and answered creator. */
async function storedRows() {
  const db = freshDb();
  const id = await seedCreator(db, 'ann');
  await seedCreator(db, 'bo', 'Autumn', { platform: 'youtube', followers: 150_000 });
  const entry = (await db.entries.where('creatorId').equals(id).first())!;
  await updateEntry(db, entry.id!, { status: 'agreed', tags: ['uk', 'vegan'], notes: 'Call back', quotedRate: { amount: 350, currency: 'GBP' } }, '2026-11-03T10:00:00.000Z');
  await setAnswer(db, id, 'content-style', 'yes', 'Spring launch');
  return { creators: await db.creators.toArray(), entries: await db.entries.toArray() };
}

/** Replaces one field (or adds a stray one, or deletes one) with an arbitrary value. */
function mutated(row: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(row);
  let at: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (typeof at[key] !== 'object' || at[key] === null) return copy;
    at = at[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy;
}

const anyValue = fc.oneof(
  fc.constant(undefined), fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.string({ maxLength: 12 }),
  fc.constantFrom('prospect', 'micro', 'typical', 'GBP', 'yes', 'instagram', 'follower-spike', -1, 101, 0.5, Number.NaN, Number.POSITIVE_INFINITY),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer())), fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxKeys: 3 }),
);

/** Every field down to three levels (a summary's cost currency, an array's slot), plus a stray key beside each. */
const keyPaths = (row: Record<string, unknown>, depth = 3): string[][] => Object.entries(row).flatMap(([k, v]) => [
  [k], [`stray-${k}`],
  ...(depth > 1 && v && typeof v === 'object' ? keyPaths(v as Record<string, unknown>, depth - 1).map((p) => [k, ...p]) : []),
]);

describe('clean-row checks (the dashboard skips zod for rows that pass them)', () => {
  it('pass every row this build writes, so the fast path is the one taken', async () => {
    const { creators, entries } = await storedRows();
    expect(creators.every(isCleanCreator)).toBe(true);
    expect(entries.every(isCleanEntry)).toBe(true);
  });

  it('never pass a row that zod would reject or change', async () => {
    const { creators, entries } = await storedRows();
    for (const [rows, isClean, schema] of [[creators, isCleanCreator, CreatorRowSchema], [entries, isCleanEntry, EntryRowSchema]] as const) {
      const row = rows[0] as unknown as Record<string, unknown>;
      await fc.assert(fc.property(fc.constantFrom(...keyPaths(row)), anyValue, (path, value) => {
        const candidate = mutated(row, path, value);
        if (!isClean(candidate)) return;
        const parsed = schema.safeParse(candidate);
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(candidate);
      }), { numRuns: 3000 });
    }
  });

  it('send a damaged row through zod’s repair, and drop one beyond repair', async () => {
    const { creators, entries } = await storedRows();
    const oldStatus = { ...entries[0]!, status: 'shortlisted' };
    expect(isCleanEntry(oldStatus)).toBe(false);
    expect(readEntry(oldStatus)?.status).toBe('prospect');
    const noLinks = { ...creators[0]! } as Record<string, unknown>;
    delete noLinks.links;
    expect(readCreator(noLinks)?.links).toEqual([]);
    expect(readCreator({ ...creators[0]!, platform: 'myspace' })).toBeNull();
  });
});
