import { newComment, newPost } from '@/lib/core/platforms/shared/draft';
import { ProfileSnapshot, type Comment, type Post } from '@/lib/core/model/snapshot';

let next = 0;

export function makePost(over: Partial<Post> = {}): Post {
  next++;
  return newPost({ id: `P${next}`, url: `https://www.instagram.com/p/P${next}/`, likes: 100, comments: 5, publishedAt: '2026-10-01T12:00:00.000Z', ...over });
}

export function makeSnapshot(over: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return ProfileSnapshot.parse({
    platform: 'instagram',
    handle: 'sample.creator',
    displayName: 'Sample Creator',
    profileUrl: 'https://www.instagram.com/sample.creator/',
    followers: 20_000,
    following: 300,
    postsCount: 120,
    verified: false,
    isPrivate: false,
    bio: 'bio',
    externalLinks: [],
    category: null,
    totalLikes: null,
    channelId: null,
    posts: [makePost(), makePost()],
    comments: [],
    capturedAt: '2026-11-20T12:00:00.000Z',
    sources: {},
    approximate: [],
    warnings: [],
    ...over,
  });
}

/** The fixed clock every scoring test uses: scoring never reads the real one. */
export const NOW = new Date('2026-11-20T12:00:00.000Z');
const DAY_MS = 86_400_000;

/** An ISO timestamp `days` before NOW (fractions allowed). */
export function daysAgo(days: number, now: Date = NOW): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

export function makeComment(text: string, over: Partial<Comment> = {}): Comment {
  return newComment({ author: `fan${++next}`, text, ...over });
}

/**
 * `n` unremarkable posts, one every 3 days ending 3 days before NOW: ~2.7% engagement on
 * 20k followers (inside Instagram micro's 2–3.5% band) and ~26 likes per comment (typical 28:1).
 */
export function cleanPosts(n = 6, over: Partial<Post> = {}): Post[] {
  return Array.from({ length: n }, (_, i) => makePost({
    likes: 510 + (i % 3) * 15, comments: 20 + (i % 2), publishedAt: daysAgo(3 + 3 * i), caption: `Morning walk, day ${i + 1}`, ...over,
  }));
}

/** A snapshot that should raise no flag at all under the default brand. */
export function cleanSnapshot(over: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return makeSnapshot({ posts: cleanPosts(), capturedAt: NOW.toISOString(), ...over });
}
