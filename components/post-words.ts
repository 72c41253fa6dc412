import type { Post } from '@/lib/core/model/snapshot';

const DATE = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** A post named as a scout would: "7 Oct post", or "post 3" (its place on the page) when undated. Never its id. */
export function postLabel(posts: readonly Post[], postId: string): string {
  const i = posts.findIndex((p) => p.id === postId);
  const post = posts[i];
  if (post?.publishedAt) return `${DATE.format(new Date(post.publishedAt))} ${post.kind === 'video' || post.kind === 'short' ? 'video' : 'post'}`;
  return i >= 0 ? `post ${i + 1}` : 'a post no longer on the page';
}
