import { describe, expect, it } from 'vitest';
import { compareIds, safeHref, snapshotLines } from '@/lib/dashboard/detail';
import { filteredRows, folded, isFiltered, matchesSearch, NO_FILTER } from '@/lib/dashboard/filter';
import { nextOrder, sortedRows } from '@/lib/dashboard/sort';
import { popped, pushed, tagsWith, UNDO_LIMIT } from '@/lib/dashboard/undo';
import type { EntryRow } from '@/lib/core/model/rows';
import { makeSnapshot } from '../../helpers/snapshots';
import { view } from './views';

const flag = (id: 'follower-spike' | 'generic-comments') => ({ id, severity: 'warn' as const, message: 'worth a look', evidence: { postIds: [], numbers: {} } });
const rows = [
  view('ann', { platform: 'instagram', status: 'contacted', tags: ['vegan'], summary: { overall: 80 }, flags: [flag('follower-spike')] }),
  view('bob', { platform: 'tiktok', notes: 'Replied by DM', summary: { overall: 40 }, followers: 500_000 }),
  view('zoë', { platform: 'youtube', name: 'Zoë Quinn', summary: { overall: null }, followers: null, list: 'Autumn' }),
];
const handles = (r: typeof rows) => r.map((x) => x.creator.handle);

describe('filter and search', () => {
  it('narrows by platform, status, flag and shortlist', () => {
    expect(handles(filteredRows(rows, { ...NO_FILTER, platform: 'tiktok' }))).toEqual(['bob']);
    expect(handles(filteredRows(rows, { ...NO_FILTER, status: 'contacted' }))).toEqual(['ann']);
    expect(handles(filteredRows(rows, { ...NO_FILTER, flag: 'follower-spike' }))).toEqual(['ann']);
    expect(handles(filteredRows(rows, { ...NO_FILTER, shortlistId: 2 }))).toEqual(['zoë']);
    expect(filteredRows(rows, NO_FILTER)).toHaveLength(3);
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, tier: 'micro' })).toBe(true);
  });

  it('keeps only known scores inside a range: unknown is not 0', () => {
    expect(handles(filteredRows(rows, { ...NO_FILTER, scoreMin: 50 }))).toEqual(['ann']);
    expect(handles(filteredRows(rows, { ...NO_FILTER, scoreMax: 50 }))).toEqual(['bob']);
    expect(handles(filteredRows(rows, { ...NO_FILTER, scoreMin: 0, scoreMax: 100 }))).toEqual(['ann', 'bob']);
  });

  it('searches handle, name, notes and tags, every word, accents folded', () => {
    expect(folded('Zoë')).toBe('zoe');
    expect(matchesSearch(rows[2]!, 'zoe quinn')).toBe(true);
    expect(matchesSearch(rows[2]!, 'zoe smith')).toBe(false);
    expect(handles(filteredRows(rows, { ...NO_FILTER, query: 'dm' }))).toEqual(['bob']);
    expect(handles(filteredRows(rows, { ...NO_FILTER, query: 'VEGAN' }))).toEqual(['ann']);
    expect(handles(filteredRows(rows, { ...NO_FILTER, query: '@ann' }))).toEqual(['ann']);
  });
});

describe('sort', () => {
  it('sorts numbers both ways with unknown last', () => {
    expect(handles(sortedRows(rows, { key: 'followers', dir: 'asc' }))).toEqual(['ann', 'bob', 'zoë']);
    expect(handles(sortedRows(rows, { key: 'followers', dir: 'desc' }))).toEqual(['bob', 'ann', 'zoë']);
    expect(handles(sortedRows(rows, { key: 'overall', dir: 'desc' }))).toEqual(['ann', 'bob', 'zoë']);
    expect(handles(sortedRows(rows, { key: 'status', dir: 'desc' }))).toEqual(['ann', 'bob', 'zoë']);
    expect(handles(sortedRows(rows, { key: 'shortlist', dir: 'asc' }))).toEqual(['zoë', 'ann', 'bob']);
  });

  it('sorts by what was found about a creator: notes on rounded counts do not count as flags', () => {
    const note = { id: 'rounded-followers' as const, severity: 'info' as const, message: 'rounded', evidence: { postIds: [], numbers: {} } };
    const noted = [view('one', { flags: [flag('follower-spike')] }), view('notes', { flags: [note, { ...note, id: 'approximate-engagement' }] })];
    expect(handles(sortedRows(noted, { key: 'flags', dir: 'desc' }))).toEqual(['one', 'notes']);
  });

  it('flips on the same column and starts ascending on a new one', () => {
    expect(nextOrder({ key: 'tier', dir: 'asc' }, 'tier')).toEqual({ key: 'tier', dir: 'desc' });
    expect(nextOrder({ key: 'tier', dir: 'desc' }, 'status')).toEqual({ key: 'status', dir: 'asc' });
  });
});

describe('undo stack and tags', () => {
  const before = [{ id: 1 } as EntryRow];
  it('pushes, pops and forgets the oldest beyond the limit', () => {
    let stack = pushed([], { label: 'a', changes: [], removed: before });
    stack = pushed(stack, { label: 'b', changes: [], removed: before });
    expect(pushed(stack, { label: 'noop', changes: [], removed: [] })).toHaveLength(2);
    const top = popped(stack)!;
    expect(top.step.label).toBe('b');
    expect(top.rest.map((s) => s.label)).toEqual(['a']);
    expect(popped([])).toBeNull();
    let long = stack;
    for (let i = 0; i < UNDO_LIMIT + 5; i++) long = pushed(long, { label: `s${i}`, changes: [], removed: before });
    expect(long).toHaveLength(UNDO_LIMIT);
    expect(long.at(-1)!.label).toBe(`s${UNDO_LIMIT + 4}`);
  });

  it('adds a tag once and removes it whatever its case', () => {
    expect(tagsWith(['vegan'], ' Travel ', 'add')).toEqual(['vegan', 'Travel']);
    expect(tagsWith(['vegan'], 'VEGAN', 'add')).toEqual(['vegan']);
    expect(tagsWith(['vegan', 'x'], 'Vegan', 'remove')).toEqual(['x']);
    expect(tagsWith(['x'], '  ', 'add')).toEqual(['x']);
  });
});

describe('detail helpers', () => {
  it('lists visits oldest first; engagement is unknown once posts are gone', () => {
    const a = makeSnapshot({ capturedAt: '2026-11-20T12:00:00.000Z', followers: 21_000 });
    const b = makeSnapshot({ capturedAt: '2026-10-01T12:00:00.000Z', followers: null, posts: [] });
    const lines = snapshotLines([{ creatorId: 'x', capturedAt: a.capturedAt, snapshot: a }, { creatorId: 'x', capturedAt: b.capturedAt, snapshot: b, compacted: true }]);
    expect(lines.map((l) => [l.followers, l.engagementRate === null])).toEqual([[null, true], [21_000, false]]);
  });

  it('compares 2 to 4 distinct creators', () => {
    expect(compareIds(['a'])).toBeNull();
    expect(compareIds(['a', 'a', 'b'])).toEqual(['a', 'b']);
    expect(compareIds(['a', 'b', 'c', 'd', 'e'])).toBeNull();
  });

  it('follows only https profile links', () => {
    expect(safeHref('https://www.tiktok.com/@x')).toBe('https://www.tiktok.com/@x');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
  });
});
