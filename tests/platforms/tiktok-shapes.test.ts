import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import type { PageCapture } from '@/lib/core/model/capture';
import { readPage } from '@/lib/core/platforms';
import { NAMED_KEYS } from '@/lib/core/platforms/tiktok/shapes';
import { HAS_SHARED, SHARED_DIR } from '../shared/shared-paths';

/**
 * The reader finds TikTok data by shape: every wrapper it does not read by name may be renamed,
 * re-nested and reordered without changing what it reads. This is the lead's mutation rule,
 * applied here to every TikTok page we hold, so a path-based read fails in this file first.
 */
const NAMED = new Set(NAMED_KEYS);

function mutate(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(mutate);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(v).reverse()) {
    const child = (v as Record<string, unknown>)[key];
    const wrapper = child !== null && typeof child === 'object' && !NAMED.has(key);
    out[wrapper ? `${key}_x` : key] = wrapper ? { wrap: mutate(child) } : mutate(child);
  }
  return out;
}

function mutated(cap: PageCapture): PageCapture {
  for (const script of Array.from(cap.doc.querySelectorAll('script'))) {
    try {
      script.textContent = JSON.stringify(mutate(JSON.parse(script.textContent ?? '')));
    } catch {
      // Not a JSON block: left as it is.
    }
  }
  return { ...cap, payloads: cap.payloads.map((p) => ({ ...p, body: mutate(p.body) })) };
}

/** What must survive: who, the profile counts, the posts with their counts, how many comments. */
function essentials(cap: PageCapture) {
  const r = readPage(cap)!;
  return {
    handle: r.handle, followers: r.followers, following: r.following, postsCount: r.postsCount, totalLikes: r.totalLikes,
    unavailable: r.hints.unavailable,
    posts: r.posts.map((p) => [p.id, p.likes, p.comments, p.views, p.shares]).sort(),
    comments: r.comments.length,
  };
}

const OWN = fileURLToPath(new URL('../fixtures/tiktok/', import.meta.url));
const AT = '2026-11-20T12:00:00.000Z';
const CASES: [string, string, string[]][] = [
  ['profile + item_list pages', 'https://www.tiktok.com/@pebble.potter', ['tt-profile.html', 'tt-profile.item_list_1.json', 'tt-profile.item_list_2.json'].map((f) => join(OWN, f))],
  ['video + comment pages', 'https://www.tiktok.com/@pebble.potter/video/7411111111111111111', ['tt-video.html', 'tt-video.comment_list_1.json', 'tt-video.comment_list_2.json'].map((f) => join(OWN, f))],
  ['SIGI_STATE', 'https://www.tiktok.com/@fern.and.frond', [join(OWN, 'tt-sigi.html')]],
  ['private', 'https://www.tiktok.com/@closed.door', [join(OWN, 'tt-private.html')]],
  ['2026 profile', 'https://www.tiktok.com/@marrow.and.moss', [join(OWN, 'tt-2026-profile.html')]],
  ['2026 banned', 'https://www.tiktok.com/@gone.forever', [join(OWN, 'tt-2026-banned.html')]],
  ['2026 video + comment pages', 'https://www.tiktok.com/@tidepool.tom/video/7600000000000000009',
    ['tt-2026-video.html', 'tt-2026-video.comment_list.json', 'tt-2026-video.comment_reply.json'].map((f) => join(OWN, f))],
];
if (HAS_SHARED) {
  const dir = join(SHARED_DIR, 'fixtures', 'tiktok');
  const keys = JSON.parse(readFileSync(join(dir, 'EXPECTED.json'), 'utf8')) as Record<string, { pageUrl: string | null }>;
  for (const file of readdirSync(dir)) {
    const url = keys[file]?.pageUrl;
    if (url) CASES.push([file, url, [join(dir, file)]]);
  }
}

describe('TikTok reads the same after wrappers are renamed, re-nested and reordered', () => {
  it.each(CASES)('%s', (_name, url, files) => {
    const plain = essentials(captureFromFiles(url, files, AT));
    expect(plain.handle).not.toBeNull();
    expect(essentials(mutated(captureFromFiles(url, files, AT)))).toEqual(plain);
  });
});
