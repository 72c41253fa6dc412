import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';

// `npm test` builds before it tests, so the manifest checked here is the one users load.
const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe('built Chrome manifest', () => {
  it('asks only for the three platforms, the side panel and scripting, and exposes no file to pages', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.host_permissions).toEqual(['https://www.instagram.com/*', 'https://www.tiktok.com/*', 'https://www.youtube.com/*']);
    // scripting: the reader is injected into the content script's world on the first score in a tab.
    expect(manifest.permissions).toEqual(['sidePanel', 'scripting']);
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*/);
  });

  it('runs content scripts only on the platforms, with the observer in the page world at document start', () => {
    const scripts = manifest.content_scripts as { matches: string[]; world?: string; run_at?: string; js: string[] }[];
    const hosts = new Set(scripts.flatMap((s) => s.matches));
    expect([...hosts].sort()).toEqual(['https://www.instagram.com/*', 'https://www.tiktok.com/*', 'https://www.youtube.com/*']);
    const observer = scripts.find((s) => s.world === 'MAIN');
    expect(observer?.run_at).toBe('document_start');
  });

  it('keeps each content script that loads on every platform page under 40 KB (the reader loads on demand)', () => {
    const dir = join(EXTENSION_DIR, 'content-scripts');
    for (const file of ['instagram.js', 'tiktok.js', 'youtube.js', 'observer.js']) {
      expect(readFileSync(join(dir, file)).length, file).toBeLessThanOrEqual(40 * 1024);
    }
  });

  it('ships no remote code', () => {
    const csp = JSON.stringify(manifest.content_security_policy ?? {});
    expect(csp).not.toMatch(/https?:/);
    for (const file of ['background.js', 'content-scripts/instagram.js', 'content-scripts/observer.js']) {
      expect(existsSync(join(EXTENSION_DIR, file))).toBe(true);
      expect(readFileSync(join(EXTENSION_DIR, file), 'utf8')).not.toMatch(/importScripts\(\s*['"]https?:/);
    }
  });
});

// Both builds, as a store or `about:debugging` reads them: name from _locales, our icons, the version from package.json.
const BUILDS = {
  chrome: EXTENSION_DIR,
  firefox: fileURLToPath(new URL('../../.output/firefox-mv3/', import.meta.url)),
};
const PACKAGE = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version: string };

/** A PNG's width and height, from its IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe.each(Object.entries(BUILDS))('built %s manifest, for the store', (_browser, dir) => {
  const built = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const icons = built.icons as Record<string, string>;

  it('names and describes the extension from _locales/en, whose messages carry the real text', () => {
    expect(built.name).toBe('__MSG_extName__');
    expect(built.description).toBe('__MSG_extDescription__');
    expect(built.default_locale).toBe('en');
    const messages = JSON.parse(readFileSync(join(dir, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
    expect(messages.extName?.message).toBe('Microscope');
    // Chrome's store refuses a description over 132 characters.
    expect(messages.extDescription?.message).toMatch(/Instagram, TikTok or YouTube/);
    expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it('carries icons at 16, 32, 48, 96 and 128 px, each a PNG of its size, also on the toolbar button', () => {
    expect(Object.keys(icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '96', '128']);
    for (const [size, path] of Object.entries(icons)) {
      expect(pngSize(join(dir, path)), path).toEqual([Number(size), Number(size)]);
    }
    expect((built.action as { default_icon?: unknown }).default_icon).toEqual(icons);
  });

  it('has the package version and an https homepage placeholder (README "Publishing")', () => {
    expect(built.version).toBe(PACKAGE.version);
    expect(PACKAGE.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(built.homepage_url).toBe('https://example.org/microscope');
  });
});

describe('built Firefox manifest', () => {
  it('gives the sidebar our icon (WXT writes sidebar_action without one)', () => {
    const built = JSON.parse(readFileSync(join(BUILDS.firefox, 'manifest.json'), 'utf8')) as Record<string, { default_icon?: unknown } | undefined>;
    expect(built.sidebar_action?.default_icon).toEqual(built.icons);
  });
});
