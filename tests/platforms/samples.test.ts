import { beforeAll, describe, expect, it } from 'vitest';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import { ExtractError } from '@/lib/core/model/errors';
import { extract } from '@/lib/core/platforms';
import { loadSamples, samplePath, type Sample } from '../e2e/samples';

type KeyCount = number | null | { approx: number };
interface PostKey { id: string; likes: KeyCount; comments: KeyCount; views: KeyCount; paidPartnership: boolean | null; sponsors?: string[] }

/**
 * The answer key writes a rounded count as {approx}: the snapshot must then list the
 * field in `approximate`. A plain number only pins the value.
 */
function expectCount(p: { approximate: string[] } & Record<string, unknown>, field: string, key: KeyCount, label: string) {
  if (key !== null && typeof key === 'object') {
    expect(p[field], label).toBe(key.approx);
    expect(p.approximate, label).toContain(field);
  } else {
    expect(p[field], label).toBe(key);
  }
}

function read(sample: Sample) {
  const files = [sample.html, ...sample.payloads.map((p) => p.file)].map(samplePath);
  return extract(captureFromFiles(sample.url, files, '2026-11-20T12:00:00.000Z'));
}

// Where each sample's follower count must come from: the exact source, and the path a scout (or --explain) can follow.
const FOLLOWER_SOURCES: Record<string, RegExp> = {
  'ig-current': /^payload: \S*web_profile_info\S* @ data\.user \(also: meta: description showed 38200\)$/,
  'ig-legacy': /^json: window\._sharedData @ entry_data\.ProfilePage\[0\]\.graphql\.user$/,
  'ig-private': /^json: window\._sharedData @ entry_data\.ProfilePage\[0\]\.graphql\.user$/,
  'tt-current': /^json: __UNIVERSAL_DATA_FOR_REHYDRATION__ @ __DEFAULT_SCOPE__\.webapp\.user-detail\.userInfo\.statsV2 \(also: .*stats showed 56200\)$/,
  'tt-legacy': /^json: __NEXT_DATA__ @ props\.pageProps\.userInfo\.stats$/,
  'yt-current': /^json: ytInitialData @ header\.pageHeaderRenderer\.content\.pageHeaderViewModel/,
  'yt-legacy': /^json: ytInitialData @ header\.c4TabbedHeaderRenderer/,
};

describe.each(loadSamples().map((s) => [s.id, s] as const))('sample %s', (_id, sample) => {
  const e = sample.expect;
  if (e.error) {
    it('fails with a typed error naming what is missing', () => {
      let caught: unknown;
      try {
        read(sample);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(ExtractError);
      const err = caught as ExtractError;
      expect(err.missing).toEqual(expect.arrayContaining(e.missing as string[]));
      for (const m of e.missing as string[]) expect(err.message).toContain(m);
    });
    return;
  }
  let s: ReturnType<typeof read>;
  beforeAll(() => {
    s = read(sample);
  });
  it('reads the profile fields of the answer key', () => {
    expect(s.platform).toBe(sample.platform);
    expect(s.handle).toBe(e.handle);
    expect(s.displayName).toBe(e.displayName);
    expectCount(s as unknown as { approximate: string[] } & Record<string, unknown>, 'followers', e.followers as KeyCount, 'followers');
    if ('following' in e) expect(s.following).toBe(e.following);
    if (typeof e.postsCount === 'number') expect(s.postsCount).toBe(e.postsCount);
    if ('verified' in e) expect(s.verified).toBe(e.verified);
    if (typeof e.isPrivate === 'boolean') expect(s.isPrivate).toBe(e.isPrivate);
    if (typeof e.bioContains === 'string') expect(s.bio).toContain(e.bioContains);
  });
  it('reads every post on the page, in page order, with its counts', () => {
    expect(s.posts).toHaveLength(e.postCount as number);
    const first = (e.firstPosts as PostKey[] | undefined) ?? [];
    first.forEach((key, i) => {
      const p = s.posts[i]!;
      expect({ id: p.id, paid: p.paidPartnership }).toEqual({ id: key.id, paid: key.paidPartnership });
      for (const field of ['likes', 'comments', 'views'] as const) expectCount(p, field, key[field], `${key.id} ${field}`);
      if (key.sponsors) expect(p.sponsors).toEqual(key.sponsors);
    });
    if (Array.isArray(e.pinnedIds)) expect(s.posts.filter((p) => p.pinned).map((p) => p.id)).toEqual(e.pinnedIds);
    if (Array.isArray(e.paidPartnershipIds)) expect(s.posts.filter((p) => p.paidPartnership).map((p) => p.id)).toEqual(e.paidPartnershipIds);
  });
  it('says where each essential came from: the block or response, and the JSON path in it', () => {
    expect(s.sources.followers).toMatch(FOLLOWER_SOURCES[sample.id] ?? /^$/);
    expect(s.posts.every((p) => !Number.isNaN(p.likes ?? 0) && (p.likes ?? 0) >= 0)).toBe(true);
  });
});
