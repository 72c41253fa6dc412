import type { PageRead } from '@/lib/core/platforms/shared/page-read';

/** A count in an answer key: exact int, or the rounded text the page showed with its lower bound. */
type KeyCount = number | null | { text: string; approx: number };

export interface KeyEntry {
  derived?: boolean;
  expectRefusal?: boolean;
  pageUrl: string;
  capturedAt?: string;
  profile: Record<string, unknown> | null;
  posts: { count: number; items: Record<string, unknown>[]; paidPartnershipIds?: string[]; hiddenLikesIds?: string[] } | null;
  comments: { count: number; first3: { author: string; text: string }[]; declaredTotal?: KeyCount } | null;
}

export interface Comparison {
  checked: number;
  mismatches: string[];
}

/** Python's s[:n] on code points, as the keys were cut. */
const cut = (s: string, n: number) => Array.from(s).slice(0, n).join('');

/** Compares what a reader found with an answer key, field by field; returns every mismatch in words. */
export function compareWithKey(read: PageRead, key: KeyEntry): Comparison {
  const out: Comparison = { checked: 0, mismatches: [] };
  const check = (label: string, ok: boolean, got: unknown, want: unknown) => {
    out.checked++;
    if (!ok) out.mismatches.push(`${label}: got ${JSON.stringify(got)}, key ${JSON.stringify(want)}`);
  };
  const count = (label: string, got: number | null, approximate: boolean, want: KeyCount) => {
    if (want !== null && typeof want === 'object') check(label, got === want.approx && approximate, { got, approximate }, want);
    else check(label, got === want, got, want);
  };

  const p = key.profile;
  if (p) {
    const h = p.handle as string | null;
    // No @handle on the page (pre-2022 YouTube): the snapshot stands the channel id in for it.
    check('profile.handle', h === null ? read.handle === read.channelId && read.handle !== null : read.handle === h, read.handle, h);
    check('profile.displayName', read.displayName === p.displayName, read.displayName, p.displayName);
    // A key that leaves a field out does not key it; a key that says null does.
    for (const f of ['followers', 'following', 'postsCount', 'totalLikes'] as const) {
      if (f in p) count(`profile.${f}`, read[f], read.approximate.includes(f), p[f] as KeyCount);
    }
    if ('verified' in p) check('profile.verified', read.verified === p.verified, read.verified, p.verified);
    const bio = (p.bioContains ?? null) as string | null;
    if (bio !== null) check('profile.bioContains', (read.bio ?? '').includes(bio), read.bio?.slice(0, 80), bio);
    const link = (p.externalUrl ?? null) as string | null;
    if (link !== null) check('profile.externalUrl', read.externalLinks.includes(link), read.externalLinks, link);
    if ('channelId' in p) check('profile.channelId', read.channelId === p.channelId, read.channelId, p.channelId);
  }

  const posts = key.posts;
  if (posts) {
    check('posts.count', read.posts.length === posts.count, read.posts.length, posts.count);
    posts.items.forEach((k, i) => {
      const got = read.posts[i];
      const at = `posts[${i}]`;
      if (!got) return check(`${at}.id`, false, undefined, k.id);
      check(`${at}.id`, got.id === k.id, got.id, k.id);
      for (const f of ['likes', 'comments', 'views', 'shares'] as const) {
        if (f in k) count(`${at}.${f}`, got[f], got.approximate.includes(f), k[f] as KeyCount);
      }
      const taken = k.takenAt as string | null;
      if (taken) {
        const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(taken);
        const ours = got.publishedAt === null ? null : dateOnly ? got.publishedAt.slice(0, 10) : got.publishedAt.replace('.000Z', 'Z');
        check(`${at}.takenAt`, ours === taken, got.publishedAt, taken);
      }
      if ('publishedText' in k && k.publishedText !== null) check(`${at}.publishedText`, got.publishedText === k.publishedText, got.publishedText, k.publishedText);
      const cap = k.captionStart;
      if (typeof cap === 'string') check(`${at}.captionStart`, cut(got.caption, Array.from(cap).length) === cap, cut(got.caption, 40), cap);
      check(`${at}.paidPartnership`, got.paidPartnership === k.paidPartnership, got.paidPartnership, k.paidPartnership);
      check(`${at}.sponsors`, JSON.stringify(got.sponsors) === JSON.stringify(k.sponsors ?? []), got.sponsors, k.sponsors);
    });
    const paid = read.posts.filter((x) => x.paidPartnership).map((x) => x.id);
    check('posts.paidPartnershipIds', JSON.stringify(paid) === JSON.stringify(posts.paidPartnershipIds ?? []), paid, posts.paidPartnershipIds);
    const hidden = read.posts.filter((x) => x.likesHidden).map((x) => x.id);
    check('posts.hiddenLikesIds', JSON.stringify(hidden) === JSON.stringify(posts.hiddenLikesIds ?? []), hidden, posts.hiddenLikesIds);
  }

  const comments = key.comments;
  if (comments) {
    check('comments.count', read.comments.length === comments.count, read.comments.length, comments.count);
    comments.first3.forEach((k, i) => {
      const got = read.comments[i];
      check(`comments[${i}].author`, got?.author === k.author, got?.author, k.author);
      check(`comments[${i}].text`, cut(got?.text ?? '', Array.from(k.text).length) === k.text, got?.text.slice(0, 60), k.text);
    });
  }
  return out;
}
