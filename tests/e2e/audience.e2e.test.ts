import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { useBrowser } from './browser';
import { EXTENSION_DIR } from './harness';
import { SidePanel } from './pages/side-panel';
import type { Sample } from './samples';

/**
 * An invented TikTok video page (tests/fixtures/samples/tt-video-comments.*): the page fetches its
 * comments from /api/comment/list/ as TikTok's does, with no comment_language on any of them, so
 * only the panel's own identifier can read their languages: 15 German and 6 English comments of 3+
 * words, 3 emoji or one-word ones, and the creator's one reply (left out of the languages).
 */
const VIDEO: Sample = {
  id: 'tt-video-comments',
  platform: 'tiktok',
  url: 'https://www.tiktok.com/@alpen.anni/video/7620000000000000001',
  html: 'tt-video-comments.html',
  payloads: [{ url: 'https://www.tiktok.com/api/comment/list/', match: '/api/comment/list/', file: 'tt-video-comments.comment_list.json' }],
  expect: { handle: 'alpen.anni' },
};
const CREATOR = 'tiktok:alpen.anni';

/** Set in every page before its scripts: whether the panel ever showed "Reading comment languages…". */
const WATCH_READING = `(() => {
  const seen = () => document.querySelector('[data-testid="languages-reading"]');
  new MutationObserver(() => { if (seen()) window.__sawReadingLanguages = seen().textContent; })
    .observe(document, { childList: true, subtree: true });
})();`;

describe('the Audience expander, with comment languages read lazily in the panel (real Chromium)', () => {
  const browser = useBrowser('each');

  it('shows the scorecard first, then the languages its own identifier read, the replies and the honest gaps', async () => {
    const h = browser();
    await h.context.addInitScript(WATCH_READING);
    const panel = await SidePanel.openOn(h, VIDEO);
    expect(await panel.text('display-name')).toBeTruthy();

    const languages = await panel.audienceLanguages();
    expect(languages).toEqual({ text: 'Comment languages (21 usable of 25): de 71%, en 29%.', source: 'detected' });
    // The first screen was up before the identifier was: the panel said it was reading them.
    expect(await panel.page.evaluate(() => (window as unknown as { __sawReadingLanguages?: string }).__sawReadingLanguages)).toBe('Reading comment languages…');
    expect(await panel.text('audience-gaps')).toBe('Audience country and fake-follower share are not visible on a public page.');
    expect(await panel.text('language-not-country')).toBe('Language is not country.');
    // The demo brand sells in the UK, US and Ireland: English (and Irish) are the campaign's languages.
    expect(await panel.text('campaign-languages')).toBe('Campaign languages: en, ga — 29% of the usable comments are in them.');
    expect(await panel.text('replied')).toBe('Replied in 1 of 24 visible threads (top comments only).');
    expect(await panel.text('liked')).toBe('2 of 25 visible comments hearted or liked by the creator.');
    expect(await panel.text('pinned')).toBe('1 pinned comment among the visible ones.');
    expect(await panel.text('audience-location')).toBe('Posts from AT (1 of 1) — the creator\'s location, not the audience\'s.');
    // The background scored the languages it was given: the mismatch with the campaign is a flag now.
    await panel.openEvidence('flags');
    await panel.page.locator('[data-flag="language-mismatch"]').first().waitFor();
    // Open, with the examples and the mismatch flag in it, the section passes axe in light and dark.
    await panel.openAll();
    for (const scheme of ['light', 'dark'] as const) {
      await panel.page.emulateMedia({ colorScheme: scheme });
      expect(await seriousViolations(panel.page), scheme).toEqual([]);
    }
    // Read once: the update scored the held snapshot again, without another page read or a visit.
    expect(await panel.reads()).toBe(1);
    expect(await panel.stored()).toEqual({ creators: [], visits: [] });
    await panel.close();
  }, 60_000);

  it('Score keeps the languages with the one stored visit, so the history has them', async () => {
    const h = browser();
    const panel = await SidePanel.openOn(h, VIDEO);
    await panel.audienceLanguages();
    await panel.score();
    // The stored read is read again by the identifier and stored once more as the same visit.
    await panel.page.waitForFunction(async () => {
      const line = document.querySelector('[data-testid="audience-languages"]');
      return line?.getAttribute('data-source') === 'detected';
    });
    await expect.poll(() => panel.storedAudience(CREATOR), { timeout: 10_000 }).toMatchObject({ source: 'detected', languages: [{ lang: 'de' }, { lang: 'en' }] });
    const stored = await panel.stored();
    expect(stored.visits).toHaveLength(1);
    expect(stored.creators.map((c) => c.id)).toEqual([CREATOR]);
    await panel.close();
  }, 60_000);
});

describe('the language identifier ships only in the panel\'s lazy chunk (built extension)', () => {
  // eld's own words and its extra-small data's tag: present only where eld's code or data is.
  const ELD_MARKS = [/No database loaded, use load\(\)/, /type:\s*['"]XS60['"]/];
  const read = (path: string) => readFileSync(join(EXTENSION_DIR, path), 'utf8');
  const files = (dir: string) => readdirSync(join(EXTENSION_DIR, dir)).filter((f) => f.endsWith('.js')).map((f) => `${dir}/${f}`);
  const hasEld = (path: string) => ELD_MARKS.some((m) => m.test(read(path)));

  it('is in no content script, no reader and not in the background', () => {
    const always = ['background.js', ...files('content-scripts'), ...readdirSync(EXTENSION_DIR).filter((f) => /^reader-.*\.js$/.test(f))];
    expect(always.length).toBeGreaterThan(5);
    expect(always.filter(hasEld)).toEqual([]);
  });

  it('sits in a chunk of its own, apart from the panel\'s, the dashboard\'s and the options page\'s entry code', () => {
    const chunks = files('chunks');
    const withEld = chunks.filter(hasEld);
    expect(withEld).toHaveLength(1);
    expect(withEld[0]).not.toMatch(/\/(sidepanel|dashboard|options|client)-/);
    // The panel's entry only points at it (a dynamic import), so its first screen never waits for it.
    const entry = chunks.find((c) => /\/sidepanel-/.test(c));
    expect(entry && read(entry)).toContain(withEld[0]!.replace(/^chunks\//, ''));
  });
});
