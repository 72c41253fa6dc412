import { describe, expect, it } from 'vitest';
import { findingCount } from '@/lib/core/model/findings';
import { score } from '@/lib/core/scoring/score';
import { summaryOf } from '@/lib/core/scoring/summary-of';
import { cleanPosts, cleanSnapshot, makeSnapshot } from '../../helpers/snapshots';

describe('notes on rounded counts', () => {
  it('say a rounded follower count is a lower bound, and that a rate built on it is approximate', () => {
    // YouTube's rate is views / subscribers: a rounded subscriber count makes it approximate.
    const posts = cleanPosts(6, { kind: 'video', views: 8_000 });
    const card = score(cleanSnapshot({ platform: 'youtube', handle: 'Bench', profileUrl: 'https://www.youtube.com/@Bench', followers: 24_100, approximate: ['followers'], posts }));
    const notes = card.flags.filter((f) => f.id === 'rounded-followers' || f.id === 'approximate-engagement');
    expect(notes.map((f) => [f.id, f.severity])).toEqual([['rounded-followers', 'info'], ['approximate-engagement', 'info']]);
    expect(notes[0]!.message).toMatch(/24,100 is a lower bound/);
    expect(notes[0]!.evidence.numbers).toEqual({ followers: 24_100 });
    expect(card.engagement.approximate).toBe(true);
  });

  it('name the posts whose rounded counts entered the rate', () => {
    const posts = cleanPosts(6);
    posts[2] = { ...posts[2]!, approximate: ['likes'] };
    const card = score(cleanSnapshot({ posts }));
    expect(card.flags.filter((f) => f.id === 'approximate-engagement').map((f) => f.evidence.postIds)).toEqual([[posts[2]!.id]]);
    expect(card.flags.some((f) => f.id === 'rounded-followers')).toBe(false);
  });

  it('are not raised when every count is exact', () => {
    expect(score(cleanSnapshot()).flags.map((f) => f.id)).not.toContain('rounded-followers');
    expect(score(cleanSnapshot()).flags.map((f) => f.id)).not.toContain('approximate-engagement');
  });

  it('are not findings: a private account with a rounded count still has risk unknown, not 100', () => {
    const card = score(makeSnapshot({ followers: 341_200, approximate: ['followers'], isPrivate: true, posts: [], comments: [] }));
    expect(card.flags.map((f) => f.id)).toEqual(['rounded-followers']);
    expect(card.summary.risk).toBeNull();
    expect(card.summary.overall).toBeNull();
    expect(findingCount(summaryOf(card).flags)).toBe(0);
  });

  it('leave the sub-scores as they were', () => {
    const exact = score(cleanSnapshot());
    const rounded = score(cleanSnapshot({ approximate: ['followers'] }));
    expect(rounded.summary).toEqual(exact.summary);
  });
});
