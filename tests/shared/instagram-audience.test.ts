// The audience fields on the real Instagram captures in ../shared/fixtures/instagram: what each
// format carries and what the reader makes of it. Runs only where ../shared sits beside the repo.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import type { Comment } from '@/lib/core/model/snapshot';
import { readPage } from '@/lib/core/platforms';
import { IG_DEFAULT_PIC_IDS } from '@/lib/core/platforms/instagram/audience';
import { SHARED_DIR } from './shared-paths';

const dir = join(SHARED_DIR, 'fixtures', 'instagram');
const read = (url: string, files: string[], at = '2026-01-01T00:00:00Z') => readPage(captureFromFiles(url, files.map((f) => join(dir, f)), at))!;

/** Threads in which the creator replied, counted over top comments only, as the panel says it. */
function responsiveness(comments: readonly Comment[]) {
  const top = comments.filter((c) => !c.isReply);
  const topIds = new Set(top.map((c) => c.id));
  const replied = new Set(comments.filter((c) => c.isReply && c.byCreator === true && c.replyTo !== null && topIds.has(c.replyTo)).map((c) => c.replyTo));
  return { threads: top.length, replied: replied.size };
}

describe('instagram audience on the real 2025 post (ones_makau, GraphQL shortcode_media)', () => {
  const r = read('https://www.instagram.com/p/DFp17y5MymE/', ['ig_post_a1_graphql_shortcode_media_ones_makau_7.4k_2025-02.json'], '2025-02-10T00:00:00Z');

  it('has the post owner replying in 3 of its 6 visible top-level threads', () => {
    expect(responsiveness(r.comments)).toEqual({ threads: 6, replied: 3 });
  });

  it('marks exactly the owner\'s three replies as the creator\'s, each tied to its thread', () => {
    const byCreator = r.comments.filter((c) => c.byCreator === true);
    expect(byCreator.map((c) => [c.author, c.isReply, c.replyTo])).toEqual([
      ['ones_makau', true, '18357538486130450'],
      ['ones_makau', true, '18071640382776159'],
      ['ones_makau', true, '17984391119641250'],
    ]);
    expect(r.comments.filter((c) => c.byCreator === false)).toHaveLength(6);
    expect(r.comments.every((c) => c.id !== null && /^\d{17}$/.test(c.id))).toBe(true);
  });

  it('says nothing of the creator\'s likes: GraphQL carries only viewer_has_liked, the viewer\'s own', () => {
    expect(r.comments.map((c) => c.likedByCreator)).toEqual(Array(9).fill(null));
  });

  it('reads the tagged place; its address_json leaves country_code blank, so the country is unknown', () => {
    expect(r.posts[0]?.location).toEqual({ name: 'Swallowtail Hill', country: null });
    expect(r.comments.filter((c) => c.authorDefaultAvatar === true)).toHaveLength(0);
  });
});

describe('instagram audience on the 2021 GraphQL comment pages (edge_media_to_comment)', () => {
  const files = ['ig_graphql_media_comments_page1_2021.json', 'ig_graphql_media_comments_page2_2021.json'];
  const r = read('https://www.instagram.com/p/CIvZJcurJaW/', files);

  it('gives 24 comments with ids, no threads, and an unknown creator (the pages name no post owner)', () => {
    expect(r.handle).toBeNull();
    expect(r.comments).toHaveLength(24);
    expect(r.comments.every((c) => c.id !== null && !c.isReply && c.replyTo === null)).toBe(true);
    expect(r.comments.every((c) => c.byCreator === null && c.likedByCreator === null)).toBe(true);
  });

  it('reads every commenter\'s picture: none is the default one', () => {
    expect(r.comments.map((c) => c.authorDefaultAvatar)).toEqual(Array(24).fill(false));
  });
});

describe('instagram audience on the 2020 GraphQL timeline (robertdowneyjr), each post opened in turn', () => {
  const file = 'ig_graphql_user_timeline_media_robertdowneyjr_2020.json';
  const profile = read('https://www.instagram.com/robertdowneyjr/', [file]);

  it('reads the places of 9 of 12 posts; none gives a country', () => {
    const located = profile.posts.filter((p) => p.location);
    expect([located.length, profile.posts.length]).toEqual([9, 12]);
    expect(located.every((p) => p.location?.country === null && (p.location.name?.length ?? 0) > 0)).toBe(true);
  });

  it('finds the 4 commenters of 44 previewed comments who show the default picture', () => {
    // The tab keeps the profile's timeline when the scout opens a post: its preview comments are that post's.
    const comments = profile.posts.flatMap((p) => read(`https://www.instagram.com/p/${p.id}/`, [file]).comments);
    expect(comments).toHaveLength(44);
    expect(comments.filter((c) => c.authorDefaultAvatar === true)).toHaveLength(4);
    expect(comments.filter((c) => c.authorDefaultAvatar === null)).toHaveLength(0);
    expect(comments.filter((c) => c.byCreator === true)).toHaveLength(0);
  });
});

describe('instagram audience on api/v1 comments (2020 media_info, 2022 feed)', () => {
  it('marks the owner\'s own top comment by user pk, and gives no id for a pk JSON.parse rounded', () => {
    const r = read('https://www.instagram.com/p/CN5mPCGhA9C/', ['ig_api_v1_feed_timeline_2022.json']);
    expect(r.comments.map((c) => [c.author, c.isReply, c.byCreator, c.id])).toEqual([['robertdowneyjr', false, true, null]]);
  });

  it('reads has_liked_comment as nothing: the creator\'s like is unknown', () => {
    const r = read('https://www.instagram.com/p/CAnqPB-Jzcj/', ['ig_api_v1_media_info_jlo_carousel_2020.json']);
    expect(r.comments.map((c) => [c.author, c.byCreator, c.likedByCreator])).toEqual([['johnrussophoto', false, null], ['charbelzoecouture', false, null]]);
  });
});

describe('the Scrapfly comment list (scraper output, not a page payload)', () => {
  const rows = JSON.parse(readFileSync(join(dir, 'ig_scrapfly_PARSED_post_comments_2026.json'), 'utf8')) as Record<string, unknown>[];

  it('carries ids and pictures but no thread, owner-like or pin field, and no default picture', () => {
    expect(rows).toHaveLength(64);
    expect(new Set(rows.flatMap((r) => Object.keys(r)))).toEqual(new Set(['id', 'text', 'created_at', 'owner', 'owner_id', 'owner_verified', 'owner_profile_pic', 'likes']));
    expect(rows.filter((r) => IG_DEFAULT_PIC_IDS.some((id) => String(r.owner_profile_pic).includes(id)))).toHaveLength(0);
  });
});
