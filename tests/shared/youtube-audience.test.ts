// The YouTube audience fields on the real captures in ../shared/fixtures/youtube (issue 15).
// A comments page alone names no creator, so the snapshot step refuses it by design ("comments
// alone prove nothing"); its comments are checked as the page read gives them to the snapshot,
// each parsed with the snapshot's Comment schema.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import { ExtractError } from '@/lib/core/model/errors';
import { Comment } from '@/lib/core/model/snapshot';
import { extract, readPage } from '@/lib/core/platforms';
import { NAMED_KEYS } from '@/lib/core/platforms/youtube/shapes';
import { mutateCapture } from '../platforms/mutate-wrappers';
import { HAS_SHARED, SHARED_DIR } from './shared-paths';

interface Key { pageUrl: string; capturedAt?: string; derived?: boolean; expectRefusal?: boolean }

const DIR = join(SHARED_DIR, 'fixtures', 'youtube');
const KURZGESAGT = 'yt_comments_next_kurzgesagt_top20_2026-01.newpipe.json';
const ALBANIAN = 'yt_comments_next_albanian-music_generic_2026-01.newpipe.json';
const REPLIES = 'yt_comments_next_continuation_first-hi_2026-01.newpipe.json';

if (HAS_SHARED) {
  const keys = JSON.parse(readFileSync(join(DIR, 'EXPECTED.json'), 'utf8')) as Record<string, Key>;
  const captureOf = (file: string) => captureFromFiles(keys[file]!.pageUrl, [join(DIR, file)], keys[file]!.capturedAt ?? '2026-01-26T18:00:00Z');
  const commentsOf = (file: string) => readPage(captureOf(file))!.comments.map((c) => Comment.parse(c));
  const raw = (file: string) => readFileSync(join(DIR, file), 'utf8');
  /** A recorded response keeps its body as one JSON string. */
  const body = (file: string) => (JSON.parse(raw(file)) as { response: { responseBody: string } }).response.responseBody;
  const count = (text: string, needle: string) => text.split(needle).length - 1;

  describe('YouTube audience fields on real comment pages', () => {
    it('kurzgesagt top 20: exactly 1 of 20 is hearted, though all 20 carry the heart tooltip', () => {
      const comments = commentsOf(KURZGESAGT);
      expect(comments).toHaveLength(20);
      // The trap is in the capture: the tooltip is on every comment.
      expect(count(body(KURZGESAGT), '"heartActiveTooltip"')).toBe(20);
      expect(comments.filter((c) => c.likedByCreator === true).map((c) => c.author)).toEqual(['@mkbhd']);
      expect(comments.filter((c) => c.likedByCreator === false)).toHaveLength(19);
      console.log(`youtube kurzgesagt: ${comments.filter((c) => c.likedByCreator).length} hearted of ${comments.length}`);
    });

    it('kurzgesagt top 20: the creator\'s own comment is the pinned one; ids are the page\'s, all top comments', () => {
      const comments = commentsOf(KURZGESAGT);
      expect(comments.filter((c) => c.byCreator === true).map((c) => [c.author, c.pinned])).toEqual([['@kurzgesagt', true]]);
      expect(comments.filter((c) => c.pinned === true)).toHaveLength(1);
      expect(comments.every((c) => c.byCreator !== null && c.pinned !== null)).toBe(true);
      expect(comments[0]!.id).toBe('UgxDNsnHi5PyPNHDj6R4AaABAg');
      expect(new Set(comments.map((c) => c.id)).size).toBe(20);
      expect(comments.every((c) => !c.isReply && c.replyTo === null)).toBe(true);
      // YouTube marks neither a default avatar nor a comment language.
      expect(comments.every((c) => c.authorDefaultAvatar === null && c.language === null)).toBe(true);
    });

    it('kurzgesagt top 20 reads the same with its wrappers renamed and re-nested', () => {
      const mutated = mutateCapture(captureOf(KURZGESAGT), new Set(NAMED_KEYS));
      const comments = readPage(mutated.capture)!.comments;
      expect(comments.filter((c) => c.likedByCreator === true).map((c) => c.author)).toEqual(['@mkbhd']);
      expect(comments.filter((c) => c.pinned === true).map((c) => c.author)).toEqual(['@kurzgesagt']);
    });

    it('albanian music page: the artist pinned their own comment, and hearted none of 20', () => {
      const comments = commentsOf(ALBANIAN);
      expect(comments).toHaveLength(20);
      expect(comments.filter((c) => c.byCreator === true).map((c) => [c.author, c.pinned])).toEqual([['@Arta.Bajrami', true]]);
      expect(comments.filter((c) => c.pinned === true)).toHaveLength(1);
      expect(comments.map((c) => c.likedByCreator)).toEqual(Array(20).fill(false));
      expect(comments.every((c) => !c.isReply && c.replyTo === null && c.id !== null)).toBe(true);
    });

    it('reply page: 10 replies of one thread, which the page\'s own targetId names; none by the creator or hearted', () => {
      const comments = commentsOf(REPLIES);
      const target = /"targetId": ?"comment-replies-item-([\w-]+)"/.exec(body(REPLIES))?.[1];
      expect(target).toBe('UgwSOM0QHBLysE3vZE54AaABAg');
      expect(comments).toHaveLength(10);
      expect(comments.every((c) => c.isReply && c.replyTo === target && c.id?.startsWith(`${target}.`))).toBe(true);
      expect(comments.map((c) => [c.byCreator, c.likedByCreator, c.pinned])).toEqual(Array(10).fill([false, false, false]));
    });
  });

  describe('YouTube snapshot country on real captures', () => {
    const files = Object.entries(keys).filter(([, k]) => !k.derived && !k.expectRefusal);

    it.each(files)('%s: the About country when the capture has an About, else unknown (never the viewer\'s countryCode)', (file) => {
      const text = raw(file);
      const hasAbout = /aboutChannelViewModel|channelAboutFullMetadataRenderer/.test(text);
      let country: string | null;
      try {
        country = extract(captureOf(file)).country;
      } catch (err) {
        // Comment pages alone are refused: they name no creator, hence no country either.
        if (!(err instanceof ExtractError)) throw err;
        country = null;
      }
      if (hasAbout) expect(country).toMatch(/^[A-Z]{2}$/);
      else expect(country).toBeNull();
    });

    it('the viewer\'s countryCode the captures carry is the trap the check above covers', () => {
      const withAbout = files.filter(([f]) => /aboutChannelViewModel|channelAboutFullMetadataRenderer/.test(raw(f)));
      const withViewerCode = files.filter(([f]) => /"countryCode\\?"\s*:/.test(raw(f)));
      console.log(`youtube country: ${withAbout.length} of ${files.length} captures have an About; ${withViewerCode.length} carry the viewer's countryCode`);
      expect(withViewerCode.length).toBeGreaterThan(10);
    });
  });
}
