import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import { extract, readPage } from '@/lib/core/platforms';
import { ExtractError } from '@/lib/core/model/errors';
import { compareWithKey, type KeyEntry } from './answer-key-compare';
import { ARGUED_MISMATCHES } from './answer-key-exceptions';
import { SHARED_DIR } from './shared-paths';

const PLATFORMS = ['instagram', 'tiktok', 'youtube'] as const;
const totals: Record<string, { checked: number; matched: number }> = {};

/** The capture time the key gives ("2020-05", "2026-01-26T18:00:56Z"), so relative dates resolve as they did. */
function capturedAtOf(key: KeyEntry): string {
  const t = Date.parse(key.capturedAt ?? '');
  return new Date(Number.isNaN(t) ? Date.UTC(2026, 0, 1) : t).toISOString();
}

for (const platform of PLATFORMS) {
  const dir = join(SHARED_DIR, 'fixtures', platform);
  const keys = JSON.parse(readFileSync(join(dir, 'EXPECTED.json'), 'utf8')) as Record<string, KeyEntry>;
  const files = Object.entries(keys).filter(([, k]) => !k.derived && !k.expectRefusal);
  const refused = Object.entries(keys).filter(([, k]) => k.expectRefusal);
  describe(`answer keys: ${platform}`, () => {
    it.each(files)('%s gives a snapshot, or a comment page names why it cannot', (file, key) => {
      const capture = captureFromFiles(key.pageUrl, [join(dir, file)], capturedAtOf(key));
      try {
        expect(extract(capture).handle).toBeTruthy();
      } catch (err) {
        // Only a page that is no creator's may be refused, with its specific reason: comments without
        // an owner, or a home feed of many creators' posts. Its key then keys no profile either.
        expect(err).toBeInstanceOf(ExtractError);
        const { reason } = err as ExtractError;
        expect(key.profile).toBeNull();
        expect(reason === 'no-creator' || (reason === 'not-a-profile' && new URL(key.pageUrl).pathname === '/'), `${reason}: ${(err as Error).message}`).toBe(true);
      }
    });
    if (refused.length) {
      it.each(refused)('%s is refused as unavailable, with nothing invented', (file, key) => {
        const capture = captureFromFiles(key.pageUrl, [join(dir, file)], capturedAtOf(key));
        expect(() => extract(capture)).toThrowError(/unavailable \(banned or deleted\)/);
      });
    }
    it.each(files)('%s matches its key field by field', (file, key) => {
      const read = readPage(captureFromFiles(key.pageUrl, [join(dir, file)], capturedAtOf(key)));
      expect(read).not.toBeNull();
      const { checked, mismatches } = compareWithKey(read!, key);
      const t = (totals[platform] ??= { checked: 0, matched: 0 });
      t.checked += checked;
      t.matched += checked - mismatches.length;
      // Every remaining mismatch must be one we argued (see answer-key-exceptions.ts), never a silent one.
      expect(mismatches).toEqual(ARGUED_MISMATCHES[file]?.map((m) => m.mismatch) ?? []);
    });
  });
}

afterAll(() => {
  for (const [platform, t] of Object.entries(totals)) {
    console.log(`answer keys ${platform}: ${t.matched}/${t.checked} fields match (${((100 * t.matched) / t.checked).toFixed(1)}%)`);
  }
});
