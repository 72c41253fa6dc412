import { describe, expect, it } from 'vitest';
import { BrandProfile, type BrandProfileInput } from '@/lib/core/model/brand';
import type { ProfileSnapshot } from '@/lib/core/model/snapshot';
import type { Answer } from '@/lib/core/scoring/value-fit';
import { score } from '@/lib/core/scoring/score';
import { NOW, cleanPosts, cleanSnapshot, makePost } from '../../helpers/snapshots';

const checklist: BrandProfileInput['checklist'] = [
  { id: 'sustainability', label: 'Sustainable', kind: 'auto', lookFor: ['thrifted', 'slow fashion'], avoid: ['haul', 'fast fashion'] },
  { id: 'inclusive', label: 'Inclusive', kind: 'auto', lookFor: ['inclusive'] },
  { id: 'style', label: 'Style fits', kind: 'manual' },
  { id: 'tone', label: 'Tone fits', kind: 'manual' },
];
const brand = BrandProfile.parse({ name: 'B', checklist });
const fit = (s: ProfileSnapshot, answers: Record<string, Answer> = {}) => score(s, { brand, answers, now: NOW });
const item = (s: ProfileSnapshot, id: string, answers?: Record<string, Answer>) => fit(s, answers).valueFit.items.find((i) => i.id === id)!;

describe('value fit: automatic items', () => {
  it('passes on a "look for" word and shows it with the bio or the post it came from', () => {
    const s = cleanSnapshot({ bio: 'Slow fashion & mending', posts: [...cleanPosts(2), makePost({ id: 'th', caption: 'All thrifted today' })] });
    const i = item(s, 'sustainability');
    expect(i).toMatchObject({ kind: 'auto', status: 'pass' });
    expect(i.matches).toEqual([{ word: 'slow fashion', where: 'bio', avoid: false }, { word: 'thrifted', where: 'th', avoid: false }]);
  });

  it('fails on an "avoid" word even beside a "look for" word', () => {
    const s = cleanSnapshot({ bio: 'thrifted finds', posts: [makePost({ id: 'h', caption: 'Huge HAUL from the mall' })] });
    const i = item(s, 'sustainability');
    expect(i.status).toBe('fail');
    expect(i.matches).toContainEqual({ word: 'haul', where: 'h', avoid: true });
  });

  it('stays unanswered with no evidence either way, and matches whole words only', () => {
    const s = cleanSnapshot({ bio: 'Inclusiveness matters; hauling boxes' });
    expect(item(s, 'inclusive')).toMatchObject({ status: 'unanswered', matches: [] });
    expect(item(s, 'sustainability').status).toBe('unanswered');
  });
});

describe('value fit: manual items and the score', () => {
  it.each([['yes', 'pass'], ['no', 'fail'], ['unsure', 'unanswered'], [undefined, 'unanswered']] as const)('answer %s → %s', (answer, status) => {
    const answers: Record<string, Answer> = answer ? { style: answer } : {};
    expect(item(cleanSnapshot(), 'style', answers)).toMatchObject({ kind: 'manual', status, matches: [] });
  });

  it('scores passed / answered: unanswered items are not failures', () => {
    const s = cleanSnapshot({ bio: 'thrifted' });
    expect(fit(s).valueFit.score).toBe(1);
    expect(fit(s, { style: 'no' }).valueFit.score).toBe(0.5);
    expect(fit(s, { style: 'no', tone: 'yes' }).valueFit.score).toBeCloseTo(2 / 3, 12);
  });

  it('is null, never 0, when nothing is answered', () => {
    expect(fit(cleanSnapshot()).valueFit.score).toBeNull();
    expect(score(cleanSnapshot(), { now: NOW }).valueFit).toEqual({ items: [], score: null });
  });
});

describe('value-fit-fail flag', () => {
  const fails = (s: ProfileSnapshot, answers?: Record<string, Answer>) => fit(s, answers).flags.filter((f) => f.id === 'value-fit-fail');

  it('does not fire on a clean snapshot, nor on unanswered items', () => {
    expect(fails(cleanSnapshot())).toEqual([]);
    expect(fails(cleanSnapshot(), { style: 'unsure' })).toEqual([]);
  });

  it('fires on an automatic failure, naming each post and each word once (the bio is no post id)', () => {
    const s = cleanSnapshot({ bio: 'haul queen', posts: [...cleanPosts(2), makePost({ id: 'h', caption: 'haul time, fast fashion' })] });
    const [f, ...rest] = fails(s);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warn', message: 'Fails "Sustainable".' });
    expect(f?.evidence).toEqual({ postIds: ['h'], numbers: { item: 'sustainability', words: 'haul, fast fashion' } });
  });

  it('fires on a manual "no"', () => {
    const [f] = fails(cleanSnapshot(), { tone: 'no' });
    expect(f).toMatchObject({ message: 'Fails "Tone fits".', evidence: { postIds: [], numbers: { item: 'tone' } } });
  });
});
