// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { serveEntries } from '@/lib/page/bridge';
import { CATCH_UP, captureThisPage } from '@/lib/page/page-capture';
import { instagram } from '@/lib/core/platforms/entries/instagram';
import { outcomeOf } from '@/lib/page/reader-registry';

const NOW = () => new Date('2026-11-20T12:00:00Z');
// Not samplePath(): in jsdom, URL is jsdom's, and node:url will not turn it into a path.
const html = (file: string) => readFileSync(join(process.cwd(), 'tests/fixtures/samples', file), 'utf8');

/** The tab's document (this file runs in jsdom, so the bridge's events are of its realm), holding `file`. */
function tab(file: string): Document {
  show(file);
  return document;
}

function show(file: string): void {
  const page = new JSDOM(html(file)).window.document.documentElement;
  document.replaceChild(document.importNode(page, true), document.documentElement);
}

// An observer that saw no responses, answering as the page-world one does.
serveEntries(document, () => []);

describe('a read waits for the page to catch up with its address bar', () => {
  it('reads the new creator once the page has replaced the old one', async () => {
    const url = 'https://www.instagram.com/mossandmortar/';
    const doc = tab('ig-current.html');
    let waits = 0;
    const result = await captureThisPage((c) => outcomeOf(instagram, c), doc, url, NOW, async () => {
      // The site renders the new profile a moment after changing the address.
      if (++waits === 2) show('ig-legacy.html');
    });
    expect(result.ok && result.value.handle).toBe('mossandmortar');
    expect(result.ok && result.value.followers).not.toBe(38_217);
    expect(waits).toBe(2);
  });

  it('gives up after a few seconds with "still loading", and never the previous creator\'s numbers', async () => {
    const url = 'https://www.instagram.com/victim.one/';
    let waits = 0;
    const result = await captureThisPage((c) => outcomeOf(instagram, c), tab('ig-current.html'), url, NOW, async () => { waits++; });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.reason).toBe('still-loading');
    expect(!result.ok && result.error.message).toMatch(/still loading this profile: it still shows https:\/\/www\.instagram\.com\/wren\.wears\.again\/, not @victim\.one/);
    expect(waits).toBe(CATCH_UP.totalMs / CATCH_UP.stepMs);
  });
});
