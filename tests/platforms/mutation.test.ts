import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import { readPage } from '@/lib/core/platforms';
import type { PageRead } from '@/lib/core/platforms/shared/page-read';
import { NAMED_KEYS as INSTAGRAM_KEYS } from '@/lib/core/platforms/instagram/shapes';
import { NAMED_KEYS as TIKTOK_KEYS } from '@/lib/core/platforms/tiktok/shapes';
import { NAMED_KEYS as YOUTUBE_KEYS } from '@/lib/core/platforms/youtube/shapes';
import { loadSamples, samplePath } from '../e2e/samples';
import { HAS_SHARED, SHARED_DIR } from '../shared/shared-paths';
import { mutateCapture } from './mutate-wrappers';

const NAMED = { instagram: new Set(INSTAGRAM_KEYS), tiktok: new Set(TIKTOK_KEYS), youtube: new Set(YOUTUBE_KEYS) };

// Wrappers every layout change renames; a reader that needs one of these by name reads by path.
const WRAPPERS = [
  'data', 'edges', 'node', 'items', 'result', 'graphql', 'entry_data', 'ProfilePage', 'xig_user_by_username',
  'polaris_ordered_timeline_connection', 'xdt_api__v1__feed__user_timeline_graphql_connection', '__DEFAULT_SCOPE__',
  'webapp.user-detail', 'webapp.video-detail', 'userInfo', 'itemInfo', 'itemStruct', 'ItemModule', 'UserModule',
  'contents', 'tabs', 'tabRenderer', 'richItemRenderer', 'richGridRenderer', 'sectionListRenderer', 'itemSectionRenderer',
  'onResponseReceivedEndpoints', 'frameworkUpdates', 'entityBatchUpdate', 'mutations', 'header',
];

interface Case { name: string; platform: keyof typeof NAMED; url: string; files: string[]; capturedAt: string }

function cases(): Case[] {
  const out: Case[] = loadSamples().filter((s) => !s.expect.error).map((s) => ({
    name: `sample ${s.id}`, platform: s.platform, url: s.url, files: [samplePath(s.html), ...s.payloads.map((p) => samplePath(p.file))], capturedAt: '2026-11-20T12:00:00Z',
  }));
  if (!HAS_SHARED) return out;
  for (const platform of ['instagram', 'tiktok', 'youtube'] as const) {
    const dir = join(SHARED_DIR, 'fixtures', platform);
    const keys = JSON.parse(readFileSync(join(dir, 'EXPECTED.json'), 'utf8')) as Record<string, { derived?: boolean; expectRefusal?: boolean; pageUrl: string }>;
    for (const [file, key] of Object.entries(keys)) {
      if (key.derived || key.expectRefusal) continue;
      out.push({ name: `shared ${file}`, platform, url: key.pageUrl, files: [join(dir, file)], capturedAt: '2026-11-20T12:00:00Z' });
    }
  }
  return out;
}

/** What a scout relies on from a read; posts by id, since reversed keys may reorder sibling lists. */
function essentials(read: PageRead | null) {
  if (!read) return null;
  const { handle, displayName, followers, following, postsCount, totalLikes, verified, isPrivate, channelId } = read;
  const posts = Object.fromEntries(read.posts.map((p) => [p.id, [p.likes, p.comments, p.views, p.paidPartnership]]));
  return { handle, displayName, followers, following, postsCount, totalLikes, verified, isPrivate, channelId, posts, comments: read.comments.length };
}

describe('readers find data by its shape, not its path', () => {
  it('needs no wrapper key by name', () => {
    for (const [platform, named] of Object.entries(NAMED)) {
      expect(WRAPPERS.filter((w) => named.has(w)), platform).toEqual([]);
    }
  });

  it.each(cases().map((c) => [c.name, c] as const))('%s reads the same with its wrappers renamed, nested deeper and reordered', (_, c) => {
    const capture = captureFromFiles(c.url, c.files, c.capturedAt);
    const original = essentials(readPage(capture));
    const mutated = mutateCapture(capture, NAMED[c.platform]);
    // A fixture with no wrapper to rename would prove nothing.
    expect(mutated.renamed).toBeGreaterThan(0);
    expect(essentials(readPage(mutated.capture))).toEqual(original);
  });
});

if (!HAS_SHARED) console.log('mutation test: ../shared is absent, so only the committed samples were mutated.');
