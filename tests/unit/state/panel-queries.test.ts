import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanTags, panelShortlists, saveEntry } from '@/lib/store/panel-queries';
import { addToShortlist } from '@/lib/store/queries';
import { saveSnapshot } from '@/lib/store/visits';
import { MicroscopeDb } from '@/lib/store/schema';
import { score } from '@/lib/core/scoring/score';
import { makeSnapshot } from '../../helpers/snapshots';

// lib/db/panel-queries.ts belongs to the side panel; its test sits with the panel's state tests.
let n = 0;
const open: MicroscopeDb[] = [];
async function dbWithCreator(): Promise<{ db: MicroscopeDb; creatorId: string }> {
  const db = new MicroscopeDb(`panel-${n++}`);
  open.push(db);
  const s = makeSnapshot();
  const { creatorId } = await saveSnapshot(db, s, score(s));
  return { db, creatorId };
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

describe('panel shortlist queries', () => {
  it('adds to a new list with status, tags and notes, then edits the same entry', async () => {
    const { db, creatorId } = await dbWithCreator();
    const added = await saveEntry(db, creatorId, ' Autumn drop ', { status: 'prospect', tags: ['diy', ' DIY ', ''], notes: 'first look', quotedRate: null }, '2026-11-20T00:00:00.000Z');
    expect(added.names).toEqual(['Autumn drop']);
    expect(added.entries).toMatchObject([{ shortlist: 'Autumn drop', status: 'prospect', tags: ['diy'], notes: 'first look', quotedRate: null }]);
    const edited = await saveEntry(db, creatorId, 'Autumn drop', { status: 'negotiating', tags: ['outdoor'], notes: 'asked rate', quotedRate: { amount: 450, currency: 'GBP' } }, '2026-11-21T00:00:00.000Z');
    expect(edited.entries).toHaveLength(1);
    expect(edited.entries[0]).toMatchObject({ entryId: added.entries[0]!.entryId, status: 'negotiating', tags: ['outdoor'], notes: 'asked rate', quotedRate: { amount: 450, currency: 'GBP' } });
    expect((await db.entries.get(added.entries[0]!.entryId))?.quotedRate).toEqual({ amount: 450, currency: 'GBP' });
  });

  it('writes only the fields an edit sends: a note saving itself never undoes a status clicked meanwhile', async () => {
    const { db, creatorId } = await dbWithCreator();
    await saveEntry(db, creatorId, 'Autumn', { status: 'prospect', tags: ['diy'] }, '2026-11-20T00:00:00.000Z');
    await saveEntry(db, creatorId, 'Autumn', { status: 'contacted' }, '2026-11-20T00:00:01.000Z');
    const after = await saveEntry(db, creatorId, 'Autumn', { notes: "DM'd 3 Oct" }, '2026-11-20T00:00:02.000Z');
    expect(after.entries[0]).toMatchObject({ status: 'contacted', tags: ['diy'], notes: "DM'd 3 Oct", quotedRate: null });
  });

  it('lists every shortlist by name and only this creator\'s entries', async () => {
    const { db, creatorId } = await dbWithCreator();
    const other = makeSnapshot({ handle: 'someone.else' });
    const { creatorId: otherId } = await saveSnapshot(db, other, score(other));
    await addToShortlist(db, otherId, 'Zeta', '2026-11-20T00:00:00.000Z');
    await addToShortlist(db, creatorId, 'Alpha', '2026-11-20T00:00:00.000Z');
    const state = await panelShortlists(db, creatorId);
    expect(state.names).toEqual(['Alpha', 'Zeta']);
    expect(state.entries.map((e) => e.shortlist)).toEqual(['Alpha']);
  });

  it('refuses a creator that was never scored', async () => {
    const { db } = await dbWithCreator();
    await expect(saveEntry(db, 'instagram:nobody', 'A', { status: 'prospect', tags: [], notes: '', quotedRate: null }, '2026-11-20T00:00:00.000Z')).rejects.toThrow(/score it first/);
  });

  it('cleans tags: trimmed, unique regardless of case, no empties', () => {
    expect(cleanTags([' a ', 'A', '', 'b'])).toEqual(['a', 'b']);
  });
});
