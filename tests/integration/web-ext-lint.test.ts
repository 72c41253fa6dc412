import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `npm test` builds the Firefox MV3 extension before it tests; Mozilla's own linter must accept it.
const FIREFOX_DIR = fileURLToPath(new URL('../../.output/firefox-mv3/', import.meta.url));
const WEB_EXT = fileURLToPath(new URL('../../node_modules/.bin/web-ext', import.meta.url));

interface LintMessage { code: string; message: string; file?: string }

describe('Firefox build', () => {
  it('passes web-ext lint with no errors', () => {
    expect(existsSync(`${FIREFOX_DIR}manifest.json`), 'run `npm run build:firefox` first').toBe(true);
    let out: string;
    try {
      out = execFileSync(WEB_EXT, ['lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
    } catch (err) {
      // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
      out = (err as { stdout?: string }).stdout ?? '';
    }
    const report = JSON.parse(out) as { errors: LintMessage[]; warnings: LintMessage[] };
    for (const w of report.warnings) console.log(`web-ext warning ${w.code}: ${w.message} (${w.file ?? ''})`);
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
  }, 60_000);
});
