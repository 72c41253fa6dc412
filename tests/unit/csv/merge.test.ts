import { describe, expect, it } from 'vitest';
import { isNewer, unitedExtra, unitedNotes, unitedTags } from '@/lib/core/csv/merge-rules';

describe('merge rules', () => {
  it('unites tags in order, each once', () => {
    expect(unitedTags(['uk', 'food'], ['food', 'vegan'])).toEqual(['uk', 'food', 'vegan']);
  });
  it('unites notes line by line, never repeating ours', () => {
    expect(unitedNotes('A', 'A')).toBe('A');
    expect(unitedNotes('', 'B')).toBe('B');
    expect(unitedNotes('A', '')).toBe('A');
    expect(unitedNotes('A\nB', 'B\nC')).toBe('A\nB\nC');
    expect(unitedNotes('A', 'A\nC')).toBe('A\nC');
  });
  it('lets a filled cell of theirs win, an empty one keep ours', () => {
    expect(unitedExtra({ Owner: 'Priya', Budget: '500' }, { Owner: '', Budget: '600', Agency: '' })).toEqual({ Owner: 'Priya', Budget: '600', Agency: '' });
  });
  it('compares times as instants', () => {
    expect(isNewer('2026-11-20T13:00:00+02:00', '2026-11-20T12:00:00Z')).toBe(false);
    expect(isNewer('2026-11-20T12:00:01Z', '2026-11-20T12:00:00Z')).toBe(true);
    expect(isNewer(null, '2026-11-20T12:00:00Z')).toBe(false);
    expect(isNewer('2026-11-20T12:00:00Z', undefined)).toBe(true);
  });
});
