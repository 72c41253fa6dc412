import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
