// What the real TikTok captures in ../shared carry for the audience signals, read through the reader.
// The figures are what the files hold; where a reduced (Scrapfly) file dropped a key, the field must
// stay unknown (null), never read as false or 0.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import { extract, readPage } from '@/lib/core/platforms';
import { HAS_SHARED, SHARED_DIR } from './shared-paths';

const dir = join(SHARED_DIR, 'fixtures', 'tiktok');
const file = (name: string) => join(dir, name);
const AT = '2026-11-20T12:00:00.000Z';
const COMMENTS = 'tt_scrapfly_PARSED_comments_2026.json';
const DETAIL = 'tt_scrapfly_PARSED_video_detail_2026.json';
const ITEMS = 'tt_scrapfly_PARSED_item_list_2026.json';
const USER = 'tt_scrapfly_RAW_userInfo_oddanimalspecimens_2026.json';

function tally<T>(values: T[]): Map<T, number> {
  const out = new Map<T, number>();
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1);
  return out;
}

if (HAS_SHARED) {
  describe('real TikTok comments (Scrapfly-reduced /api/comment/list/ of oddanimalspecimens\' video 7198206283571285294)', () => {
    const url = 'https://www.tiktok.com/@oddanimalspecimens/video/7198206283571285294';
    const s = extract(captureFromFiles(url, [file(DETAIL), file(COMMENTS)], AT));
    const comments = s.comments;

    it('reads all 20 comments, each with its 19-digit cid', () => {
      expect(comments).toHaveLength(20);
      expect(comments.every((c) => /^\d{19}$/.test(c.id ?? ''))).toBe(true);
      expect(new Set(comments.map((c) => c.id)).size).toBe(20);
    });

    it('carries comment_language on all 20: en 18, de 1, id 1 (TikTok\'s own tag, kept as given)', () => {
      const langs = tally(comments.map((c) => c.language));
      expect(Object.fromEntries(langs)).toEqual({ en: 18, de: 1, id: 1 });
      expect([...langs].sort((a, b) => b[1] - a[1])[0]).toEqual(['en', 18]);
      // TikTok tags the two-word name "M. Hmza" as Indonesian: a platform tag, not a verdict.
      expect(comments.find((c) => c.language === 'id')?.text).toBe('M. Hmza');
    });

    it('knows none of the 20 is by the creator (the video names its author) and none is a reply', () => {
      expect(comments.filter((c) => c.byCreator === false)).toHaveLength(20);
      expect(comments.every((c) => !c.isReply && c.replyTo === null)).toBe(true);
    });

    it('has author_pin false on all 20, and leaves the heart and the avatar unknown: the reduced file dropped them', () => {
      expect(comments.filter((c) => c.pinned === false)).toHaveLength(20);
      expect(comments.every((c) => c.likedByCreator === null)).toBe(true);
      expect(comments.every((c) => c.authorDefaultAvatar === null)).toBe(true);
    });
  });

  describe('real TikTok post locations (itemStruct.locationCreated)', () => {
    it('the 2026 video detail has 1 post, posted from US', () => {
      const s = extract(captureFromFiles('https://www.tiktok.com/@oddanimalspecimens/video/7198206283571285294', [file(DETAIL)], AT));
      expect(s.posts.map((p) => [p.id, p.location])).toEqual([['7198206283571285294', { country: 'US', name: null }]]);
    });

    it('the 2026 therock video page has 1 post, posted from US', () => {
      const page = 'tt_video_UNIVERSAL_therock_7686600539525762318_2026-09_TRIMMED-FIELDS.html';
      const s = extract(captureFromFiles('https://www.tiktok.com/@therock/video/7686600539525762318', [file(page)], AT));
      expect(s.posts.map((p) => p.location)).toEqual([{ country: 'US', name: null }]);
    });

    it('the 53 reduced item_list posts carry no locationCreated, so none gets a location from the creator\'s app language ("en")', () => {
      const capture = captureFromFiles('https://www.tiktok.com/@oddanimalspecimens', [file(USER)], AT);
      const user = (JSON.parse(readFileSync(file(USER), 'utf8')) as { user: { secUid: string; language: string } }[])[0]!.user;
      expect(user.language).toBe('en');
      capture.payloads.push({ url: `https://www.tiktok.com/api/post/item_list/?secUid=${user.secUid}&count=35`, body: JSON.parse(readFileSync(file(ITEMS), 'utf8')) as unknown });
      const s = extract(capture);
      expect(s.posts).toHaveLength(53);
      expect(s.posts.filter((p) => p.location !== null)).toHaveLength(0);
    });

    it('the 2020–2021 __NEXT_DATA__ pages predate locationCreated: 5 posts, none located', () => {
      const pages: [string, string][] = [
        ['https://www.tiktok.com/@tiktok', 'tt_profile_NEXT_DATA_tiktok_50.1M_2021-01.html'],
        ['https://www.tiktok.com/@tiktok/video/6881450806688664838', 'tt_video_page_NEXT_DATA_2020-10.html'],
      ];
      const posts = pages.flatMap(([url, name]) => readPage(captureFromFiles(url, [file(name)], AT))!.posts);
      expect(posts).toHaveLength(5);
      expect(posts.every((p) => p.location === null)).toBe(true);
    });
  });
}
