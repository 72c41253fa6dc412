import { newPost } from '@/lib/platforms/shared/draft';
import { ProfileSnapshot, type Post } from '@/lib/model/snapshot';

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
