// Comment languages on the real captures (issue 15): the Albanian comment page reads as mostly
// Albanian, and the local identifier's accuracy on comments labelled by hand is measured and printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import { readPage } from '@/lib/core/platforms';
import { loadDetector } from '@/lib/core/scoring/audience/eld-detector';
import { commentLanguages, type DetectLanguage } from '@/lib/core/scoring/audience/languages';
import { usableText } from '@/lib/core/scoring/audience/usable-text';
import { HAS_SHARED, SHARED_DIR } from './shared-paths';

interface Key { pageUrl?: string; capturedAt?: string }
const LABELS = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/language-labels/labels.json'), 'utf8')) as { labels: Record<string, Record<string, string>> };
/** The scrapfly comment file names no page; it holds comments of this video. */
const FALLBACK_URL = 'https://www.tiktok.com/@oddanimalspecimens/video/7198206283571285294';

function commentsOf(fixture: string) {
  const [platform, file] = fixture.split('/') as [string, string];
  const dir = join(SHARED_DIR, 'fixtures', platform);
  const key = (JSON.parse(readFileSync(join(dir, 'EXPECTED.json'), 'utf8')) as Record<string, Key>)[file] ?? {};
  return readPage(captureFromFiles(key.pageUrl ?? FALLBACK_URL, [join(dir, file)], key.capturedAt ?? '2026-01-26T18:00:00Z'))?.comments ?? [];
}

describe.runIf(HAS_SHARED)('comment languages on real comment pages', () => {
  let detect: DetectLanguage;
  beforeAll(async () => {
    detect = await loadDetector();
  });

  it('reads the Albanian comment page as mostly Albanian', () => {
    const l = commentLanguages(commentsOf('youtube/yt_comments_next_albanian-music_generic_2026-01.newpipe.json'), detect);
    console.log(`albanian page: ${l.languages.map((x) => `${x.lang} ${Math.round(x.share * 100)}%`).join(', ')} (${l.usable} usable of ${l.visible})`);
    expect(l.source).toBe('detected');
    expect(l.languages[0]).toMatchObject({ lang: 'sq' });
    expect(l.languages[0]!.share).toBeGreaterThan(0.5);
  });

  it('measures the identifier on the comments labelled by hand, and prints it', () => {
    let right = 0;
    let total = 0;
    const wrong: string[] = [];
    for (const [fixture, labels] of Object.entries(LABELS.labels)) {
      const byId = new Map(commentsOf(fixture).map((c) => [c.id, c]));
      for (const [id, lang] of Object.entries(labels)) {
        const c = byId.get(id);
        expect(c, `${fixture} ${id} is read`).toBeDefined();
        const text = usableText(c!.text);
        expect(text, `${fixture} ${id} has 3+ words`).not.toBe('');
        total++;
        const got = detect(text);
        if (got === lang) right++;
        else wrong.push(`${lang}→${got ?? '?'}: ${text.slice(0, 40)}`);
      }
    }
    console.log(`comment language identifier (eld extra-small): ${right} of ${total} right (${((100 * right) / total).toFixed(1)}%); misses: ${wrong.join(' | ')}`);
    expect(total).toBeGreaterThanOrEqual(60);
    // The survey found 94.3% on comments of 3+ words; a drop well below that is a regression.
    expect(right / total).toBeGreaterThanOrEqual(0.85);
  });
});
