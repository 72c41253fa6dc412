import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { serveEntries } from '@/lib/capture/bridge';
import { CATCH_UP, captureThisPage } from '@/lib/capture/page-capture';
import { instagram } from '@/lib/platforms/entries/instagram';
import { samplePath } from '../../e2e/samples';

const NOW = () => new Date('2026-11-20T12:00:00Z');
const html = (file: string) => readFileSync(samplePath(file), 'utf8');

/** A tab whose address bar says `url` while its document still holds `file`, with an observer that saw nothing. */
function tab(url: string, file: string): Document {
  const doc = new JSDOM(html(file), { url }).window.document;
  serveEntries(doc, () => []);
  return doc;
}

describe('a read waits for the page to catch up with its address bar', () => {
  it('reads the new creator once the page has replaced the old one', async () => {
    const url = 'https://www.instagram.com/mossandmortar/';
    const doc = tab(url, 'ig-current.html');
    let waits = 0;
    const result = await captureThisPage(instagram, doc, url, NOW, async () => {
      // The site renders the new profile a moment after changing the address.
      if (++waits === 2) doc.documentElement.innerHTML = new JSDOM(html('ig-legacy.html')).window.document.documentElement.innerHTML;
    });
    expect(result.ok && result.value.handle).toBe('mossandmortar');
    expect(result.ok && result.value.followers).not.toBe(38_217);
    expect(waits).toBe(2);
  });

  it('gives up after a few seconds with "still loading", and never the previous creator\'s numbers', async () => {
    const url = 'https://www.instagram.com/victim.one/';
    let waits = 0;
    const result = await captureThisPage(instagram, tab(url, 'ig-current.html'), url, NOW, async () => { waits++; });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.reason).toBe('still-loading');
    expect(!result.ok && result.error.message).toMatch(/still loading this profile: it still shows https:\/\/www\.instagram\.com\/wren\.wears\.again\/, not @victim\.one/);
    expect(waits).toBe(CATCH_UP.totalMs / CATCH_UP.stepMs);
  });
});
