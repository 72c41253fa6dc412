import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import { extract } from '@/lib/core/platforms';
import { score } from '@/lib/core/scoring/score';
import { SHARED_DIR } from '../shared/shared-paths';
import { loadSamples, samplePath } from '../e2e/samples';

interface Page { platform: string; url: string; file: string; payloads: string[] }

/** The largest creator page per platform: from ../shared when present, else the bundled samples. */
function largestPages(): Page[] {
  const shared: Page[] = [
    { platform: 'instagram', url: 'https://www.instagram.com/noholita/', file: 'fixtures/instagram/ig_profile_html_noholita_1.01M-followers_2021.html', payloads: [] },
    { platform: 'tiktok', url: 'https://www.tiktok.com/@tiktok', file: 'fixtures/tiktok/tt_profile_NEXT_DATA_tiktok_50.1M_2021-01.html', payloads: [] },
    { platform: 'youtube', url: 'https://www.youtube.com/c/ProgrammingKnowledge/videos', file: 'fixtures/youtube/yt_channel_page_html_programmingknowledge_1.38M_2021-05.html', payloads: [] },
  ].map((p) => ({ ...p, file: join(SHARED_DIR, p.file) }));
  if (shared.every((p) => existsSync(p.file))) return shared;
  const bySize = new Map<string, Page>();
  for (const s of loadSamples().filter((x) => !x.expect.error)) {
    const page = { platform: s.platform, url: s.url, file: samplePath(s.html), payloads: s.payloads.map((p) => samplePath(p.file)) };
    const prev = bySize.get(s.platform);
    if (!prev || statSync(page.file).size > statSync(prev.file).size) bySize.set(s.platform, page);
  }
  return [...bySize.values()];
}

/** The raw JSON texts a page embeds or received: what a bare JSON.parse would have to read. */
function embeddedJsonTexts(doc: Document, payloadFiles: string[]): string[] {
  const texts: string[] = payloadFiles.map((f) => readFileSync(f, 'utf8'));
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const t = script.textContent ?? '';
    const start = t.search(/[{[]/);
    if (start < 0 || t.length < 200) continue;
    const body = t.slice(start).replace(/[;\s]+$/, '');
    try {
      JSON.parse(body);
      texts.push(body);
    } catch {
      // Not pure JSON (code around it): not part of the baseline.
    }
  }
  return texts;
}

function medianMs(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < 20; i++) fn();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

export function benchExtract(): void {
  console.log('\nExtract + score vs a bare JSON.parse of the page\'s embedded data (median of 40 runs)');
  for (const page of largestPages()) {
    const capture = captureFromFiles(page.url, [page.file, ...page.payloads], '2026-11-20T12:00:00.000Z');
    const texts = embeddedJsonTexts(capture.doc, page.payloads);
    const parse = medianMs(40, () => texts.forEach((t) => JSON.parse(t)));
    const work = medianMs(40, () => score(extract(capture)));
    const snapshot = extract(capture);
    const readOnly = medianMs(40, () => extract(capture));
    const scoreOnly = medianMs(40, () => score(snapshot));
    const kb = (statSync(page.file).size / 1024).toFixed(0);
    console.log(`  ${page.platform.padEnd(9)} ${kb.padStart(5)} KB  extract+score ${work.toFixed(2)} ms (extract ${readOnly.toFixed(2)}, score ${scoreOnly.toFixed(2)})  JSON.parse ${parse.toFixed(2)} ms  ratio ${(work / parse).toFixed(2)} (target ≤ 2)`);
  }
}
