import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteCampaign, restoreCampaign, updateCampaign } from '@/lib/store/campaigns';
import { addToShortlist } from '@/lib/store/queries';
import { createShortlist, listShortlists } from '@/lib/store/shortlists';
import { campaignProblem } from '@/lib/core/model/campaign';
import { closeAll, dumpDb, freshDb, listId, seedCreator } from './seed';

afterEach(closeAll);

const fields = (over: Partial<Parameters<typeof campaignProblem>[0]> = {}) => ({ name: 'Spring launch', brief: '', startsOn: null, endsOn: null, ...over });

describe('campaign fields', () => {
  it('accept a name, a brief and real dates in order', () => {
    expect(campaignProblem(fields({ brief: 'Vegan skincare, UK, 10k–100k', startsOn: '2027-03-01', endsOn: '2027-04-30' }))).toBeNull();
    expect(campaignProblem(fields({ startsOn: '2027-03-01', endsOn: '2027-03-01' }))).toBeNull();
  });
  it('refuse, in words, what cannot be saved', () => {
    expect(campaignProblem(fields({ name: '   ' }))).toBe('Give the campaign a name.');
    expect(campaignProblem(fields({ startsOn: '2027-02-30' }))).toMatch(/Starts on must be a date/);
    expect(campaignProblem(fields({ endsOn: 'next week' }))).toMatch(/Ends on must be a date/);
    expect(campaignProblem(fields({ startsOn: '2027-04-01', endsOn: '2027-03-01' }))).toBe('The campaign cannot end before it starts.');
  });
});

describe('campaigns', () => {
  it('renames and sets brief and dates, keeping every entry on the list', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann');
    const id = await listId(db);
    const entriesBefore = await db.entries.toArray();
    await updateCampaign(db, id, fields({ name: '  Summer drop ', brief: 'Linen, UK only', startsOn: '2027-06-01', endsOn: '2027-07-15' }));
    expect(await db.shortlists.get(id)).toMatchObject({ name: 'Summer drop', brief: 'Linen, UK only', startsOn: '2027-06-01', endsOn: '2027-07-15', createdAt: expect.any(String) });
    expect(await db.entries.toArray()).toEqual(entriesBefore);
  });

  it('refuses another list’s name or bad dates and changes nothing', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann', 'Spring launch');
    await seedCreator(db, 'bob', 'Autumn');
    const before = await dumpDb(db);
    await expect(updateCampaign(db, await listId(db), fields({ name: 'Autumn' }))).rejects.toThrow('Another campaign is already called "Autumn".');
    await expect(updateCampaign(db, await listId(db), fields({ startsOn: '2027-05-01', endsOn: '2027-04-01' }))).rejects.toThrow('cannot end before');
    expect(await dumpDb(db)).toEqual(before);
  });

  it('deletes a campaign with its entries only, and restores it exactly', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann', 'Spring launch');
    await seedCreator(db, 'bob', 'Spring launch');
    await seedCreator(db, 'ann', 'Autumn');
    const before = await dumpDb(db);
    const deleted = await deleteCampaign(db, await listId(db));
    expect(deleted.entries).toHaveLength(2);
    expect((await db.shortlists.toArray()).map((l) => l.name)).toEqual(['Autumn']);
    expect((await db.entries.toArray()).map((e) => e.creatorId)).toEqual(['instagram:ann']);
    expect(await db.creators.count()).toBe(2);
    expect(await db.snapshots.count()).toBe(before.snapshots!.length);
    await restoreCampaign(db, deleted);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('will not restore over a list that took the name since, and changes nothing', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann', 'Spring launch');
    const deleted = await deleteCampaign(db, await listId(db));
    await seedCreator(db, 'bob', 'Spring launch');
    const before = await dumpDb(db);
    await expect(restoreCampaign(db, deleted)).rejects.toThrow(/rename it first/);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('treats names that differ only in case or spaces as the same campaign', async () => {
    const db = freshDb();
    const ann = await seedCreator(db, 'ann', 'Spring launch');
    await seedCreator(db, 'bob', 'Autumn');
    await expect(createShortlist(db, ' spring LAUNCH ', '2026-11-21T09:00:00.000Z')).rejects.toThrow('A shortlist named "Spring launch" already exists.');
    await expect(updateCampaign(db, await listId(db, 'Autumn'), fields({ name: 'SPRING launch' }))).rejects.toThrow('Another campaign is already called "SPRING launch".');
    // The panel typing the name another way finds the same list rather than starting a second one.
    expect(await addToShortlist(db, ann, 'spring launch', '2026-11-21T09:00:00.000Z')).toEqual(['Spring launch']);
    // A list may change the case of its own name.
    await updateCampaign(db, await listId(db), fields({ name: 'SPRING LAUNCH' }));
    expect((await listShortlists(db)).map((l) => l.name)).toEqual(['Autumn', 'SPRING LAUNCH']);
  });

  it('repairs a damaged campaign row on the way out instead of handing the page a half-read one', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann', 'Spring launch');
    await db.shortlists.toCollection().modify((l) => { delete (l as Partial<typeof l>).brief; delete (l as Partial<typeof l>).extraColumns; });
    expect(await listShortlists(db)).toMatchObject([{ name: 'Spring launch', brief: '', extraColumns: [], startsOn: null }]);
  });
});
