// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/dashboard/App';
import { deleteEntries, patchEntries, restoreEntries } from '@/lib/store/dashboard-queries';
import { updateEntry } from '@/lib/store/shortlists';
import { addToShortlist } from '@/lib/store/queries';
import { closeAll, freshDb, seedCreator } from '../unit/db/seed';

// Finding 2 of the review (issue 13): undo wrote whole old rows back, so notes, tags or a quote
// saved from the side panel after a dashboard bulk change were lost on Undo.

afterEach(async () => {
  cleanup();
  await closeAll();
});

const T1 = '2026-11-10T10:00:00.000Z';
const T2 = '2026-11-10T10:05:00.000Z';

describe('undo touches only what its action changed', () => {
  it('keeps the panel\'s notes, tags and quote saved after a bulk status change, and reports the rows it left', async () => {
    const db = freshDb();
    for (const h of ['ann', 'bob', 'cat']) await seedCreator(db, h);
    const ids = (await db.entries.toArray()).map((e) => e.id!);
    const step = await patchEntries(db, ids, () => ({ status: 'contacted' }), T1);
    // The side panel, later: notes on ann, a tag and a quote on bob; cat is untouched.
    const [ann, bob, cat] = ids as [number, number, number];
    await updateEntry(db, ann, { notes: 'Call on Monday' }, T2);
    await updateEntry(db, bob, { tags: ['vegan'], quotedRate: { amount: 300, currency: 'GBP' } }, T2);
    const undone = await restoreEntries(db, { changes: step });
    expect(undone).toEqual({ restored: 1, changedSince: 2 });
    const after = Object.fromEntries((await db.entries.toArray()).map((e) => [e.id, e]));
    expect(after[ann]).toMatchObject({ notes: 'Call on Monday', status: 'contacted', updatedAt: T2 });
    expect(after[bob]).toMatchObject({ tags: ['vegan'], quotedRate: { amount: 300, currency: 'GBP' }, status: 'contacted' });
    expect(after[cat]).toMatchObject({ status: 'prospect', updatedAt: '2026-11-02T10:00:00.000Z' });
  });

  it('puts back only the fields it changed, even when another edit carries the same timestamp', async () => {
    const db = freshDb();
    await seedCreator(db, 'ann');
    const [id] = (await db.entries.toArray()).map((e) => e.id!) as [number];
    const step = await patchEntries(db, [id], () => ({ status: 'agreed' }), T1);
    // Same clock tick: updatedAt cannot tell, so the fields must.
    await db.entries.update(id, { notes: 'Same second' });
    await restoreEntries(db, { changes: step });
    expect(await db.entries.get(id)).toMatchObject({ status: 'prospect', notes: 'Same second' });
  });

  it('does not bring back a removed entry over the same creator added to the list again', async () => {
    const db = freshDb();
    const creator = await seedCreator(db, 'ann');
    const ids = (await db.entries.toArray()).map((e) => e.id!);
    const removed = await deleteEntries(db, ids);
    await addToShortlist(db, creator, 'Spring launch', T2);
    await expect(restoreEntries(db, { removed })).resolves.toEqual({ restored: 0, changedSince: 1 });
    expect(await db.entries.count()).toBe(1);
  });

  it('says in the dashboard how many entries changed since and were left as they are', async () => {
    const db = freshDb();
    for (const h of ['ann', 'bob', 'cat']) await seedCreator(db, h);
    render(createElement(App, { database: db, now: () => T1 }));
    await screen.findByTestId('shortlist');
    fireEvent.click(screen.getByLabelText('Select all shown'));
    fireEvent.change(screen.getByTestId('bulk-status'), { target: { value: 'declined' } });
    fireEvent.click(screen.getByTestId('bulk-status-apply'));
    await waitFor(async () => expect((await db.entries.toArray()).every((e) => e.status === 'declined')).toBe(true));
    const [ann, bob] = (await db.entries.toArray()).map((e) => e.id!) as [number, number];
    await updateEntry(db, ann, { notes: 'Keep me' }, T2);
    await updateEntry(db, bob, { tags: ['keep'] }, T2);
    fireEvent.click(screen.getByTestId('undo'));
    await waitFor(() => expect(screen.getByTestId('message').textContent).toMatch(/2 entries changed since; left as they are/));
    const rows = await db.entries.toArray();
    expect(rows.map((e) => [e.notes, e.tags, e.status])).toEqual([['Keep me', [], 'declined'], ['', ['keep'], 'declined'], ['', [], 'prospect']]);
  });
});
