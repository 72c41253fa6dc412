import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import { scriptAssignment } from '@/lib/core/parse/embedded-json';
import { extract } from '@/lib/core/platforms';
import { samplePath } from '../e2e/samples';

/** HarlowPeaks' channel data, as the browse response YouTube fetches on in-page navigation. */
function harlowBrowse(): unknown {
  const doc = new JSDOM(readFileSync(samplePath('yt-legacy.html'), 'utf8')).window.document;
  return scriptAssignment(doc, 'var ytInitialData =');
}

describe('YouTube after in-page navigation', () => {
  it('reads only the channel in the address bar, not the one the page first loaded', () => {
    // The tab first loaded ByteSizedBench (its ytInitialData stays in the DOM), then moved to HarlowPeaks.
    const capture = captureFromFiles('https://www.youtube.com/@HarlowPeaks/videos', [samplePath('yt-current.html')], '2026-11-20T12:00:00.000Z');
    capture.payloads.push({ url: 'https://www.youtube.com/youtubei/v1/browse', body: harlowBrowse() });
    const s = extract(capture);
    expect(s.handle).toBe('HarlowPeaks');
    expect(s.followers).toBe(1_210_000);
    expect(s.posts).toHaveLength(12);
  });
});
