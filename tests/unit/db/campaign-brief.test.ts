import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { updateCampaign } from '@/lib/store/campaigns';
import { listShortlists } from '@/lib/store/shortlists';
import { briefOf, type CampaignFields } from '@/lib/core/model/campaign';
import { closeAll, dumpDb, freshDb, listId, seedCreator } from './seed';

afterEach(closeAll);

const base: CampaignFields = { name: 'Spring launch', brief: 'Vegan skincare', startsOn: null, endsOn: null };

describe('a campaign’s brief in the database', () => {
  it('is written by updateCampaign and read back by briefOf, field by field', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann');
    const id = await listId(db);
    // A campaign stored before briefs existed reads as the brand's defaults.
    expect(briefOf(await db.shortlists.get(id))).toEqual({ followerRange: null, markets: [], languages: [], exclusivityDays: null, brandId: null });
    await updateCampaign(db, id, { ...base, followerRange: { low: 10_000, high: 100_000 }, markets: ['UK', 'DE'], languages: ['en', 'de'], exclusivityDays: 30, brandId: 'acme' });
    const [stored] = await listShortlists(db);
    expect(briefOf(stored)).toEqual({ followerRange: { low: 10_000, high: 100_000 }, markets: ['UK', 'DE'], languages: ['en', 'de'], exclusivityDays: 30, brandId: 'acme' });
    // Clearing goes back to "the brand's": an empty market list and no window.
    await updateCampaign(db, id, { ...base, followerRange: null, markets: [], languages: [], exclusivityDays: null, brandId: 'acme' });
    expect(briefOf(await db.shortlists.get(id))).toEqual({ followerRange: null, markets: [], languages: [], exclusivityDays: null, brandId: 'acme' });
  });

  it('refuses a bad range, language or window with a clear message and leaves the database as it was', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann');
    const id = await listId(db);
    const before = await dumpDb(db);
    const refusal = (over: Partial<CampaignFields>) => updateCampaign(db, id, { ...base, name: 'Renamed', ...over }).then(() => 'saved', (e: Error) => e.message);
    expect(await refusal({ followerRange: { low: 100_000, high: 10_000 } })).toBe('The lowest follower count must be below the highest.');
    expect(await refusal({ languages: ['english'] })).toBe('A language is a two-letter code such as "en" or "de".');
    expect(await refusal({ exclusivityDays: -1 })).toBe('The exclusivity window cannot be negative.');
    expect(await refusal({ exclusivityDays: 5000 })).toBe('Keep the exclusivity window under ten years.');
    expect(await dumpDb(db)).toEqual(before);
  });
});
