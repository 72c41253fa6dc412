import type { Post } from '@/lib/core/model/snapshot';
import { formatCount } from '@/lib/core/format/number';
import { safeHref } from '@/lib/core/model/https-url';

export function PostList({ posts }: { posts: Post[] }) {
  if (posts.length === 0) return <p className="muted">No posts visible.</p>;
  return (
    <ul className="posts" data-testid="posts">
      {posts.map((p) => (
        <li key={p.id}>
          <a href={safeHref(p.url)} target="_blank" rel="noreferrer">{p.kind ?? 'post'}</a>
          {p.pinned ? ' · pinned' : ''}
          {p.paidPartnership ? ' · paid partnership' : ''}
          <span className="muted">
            {' · '}{p.likesHidden ? 'likes hidden' : `${formatCount(p.likes, p.approximate.includes('likes'))} likes`}
            {' · '}{formatCount(p.comments, p.approximate.includes('comments'))} comments
            {p.views !== null ? ` · ${formatCount(p.views, p.approximate.includes('views'))} views` : ''}
          </span>
          {p.caption ? <div className="caption">{p.caption.length > 280 ? `${p.caption.slice(0, 280)}…` : p.caption}</div> : null}
        </li>
      ))}
    </ul>
  );
}
