import { describe, expect, it } from 'vitest';
import { score } from '@/lib/core/scoring/score';
import { makePost, makeSnapshot, NOW } from '../../helpers/snapshots';

const postPage = () => makeSnapshot({ followers: null, following: null, postsCount: null, posts: [makePost({ likes: 900, comments: 100, publishedAt: '2026-11-01T12:00:00.000Z' })] });

describe('a page without a follower count', () => {
  it('scores engagement with the count from the scout\'s last visit that showed one, and says so', () => {
    const older = makeSnapshot({ followers: 18_000, capturedAt: '2026-10-01T12:00:00.000Z' });
    const newer = makeSnapshot({ followers: 20_000, capturedAt: '2026-11-10T12:00:00.000Z' });
    const c = score(postPage(), { now: NOW, visits: [newer, older, postPage()] });
    expect(c.followersFrom).toEqual({ followers: 20_000, capturedAt: '2026-11-10T12:00:00.000Z', approximate: false });
    expect(c.engagementRate).toBeCloseTo(1000 / 20_000, 12);
    expect(c.tier).toBe('micro');
    expect(c.notes[0]).toBe('Followers (20,000) are from your visit on 2026-11-10: this page does not show them.');
  });

  it('carries "≈" when the borrowed count was rounded', () => {
    const rounded = makeSnapshot({ followers: 38_200, approximate: ['followers'], capturedAt: '2026-11-10T12:00:00.000Z' });
    const c = score(postPage(), { now: NOW, visits: [rounded] });
    expect(c.followersFrom?.approximate).toBe(true);
    expect(c.engagement.approximate).toBe(true);
    expect(c.notes[0]).toMatch(/^Followers \(≈38,200\)/);
  });

  it('stays unknown, never 0, with no earlier count, and tells the scout to open the profile', () => {
    const c = score(postPage(), { now: NOW, visits: [] });
    expect([c.followersFrom, c.engagementRate, c.tier]).toEqual([null, null, null]);
    expect(c.notes.join(' ')).toMatch(/open the profile for followers/);
  });

  it('never overrides a count the page showed', () => {
    const c = score(makeSnapshot({ followers: 5_000 }), { now: NOW, visits: [makeSnapshot({ followers: 20_000 })] });
    expect(c.followersFrom).toBeNull();
    expect(c.tier).toBe('nano');
  });
});

describe('sources that disagree', () => {
  it('raise a reader-disagreement note with both values, which is not a finding', () => {
    const snapshot = makeSnapshot({
      followers: 38_217,
      disagreements: [{ field: 'followers', kept: { value: '38217', source: 'payload: /api/v1/users/web_profile_info/' }, other: { value: '9999999', source: 'dom: header' } }],
    });
    const c = score(snapshot, { now: NOW });
    const note = c.flags.find((f) => f.id === 'reader-disagreement');
    expect(note?.severity).toBe('info');
    expect(note?.message).toBe('The page gave two different follower counts: 38217 (payload: /api/v1/users/web_profile_info/) and 9999999 (dom: header). Microscope kept the exact one; check the profile if it matters.');
    expect(c.summary.risk).toBe(score(makeSnapshot({ followers: 38_217 }), { now: NOW }).summary.risk);
  });
});
