import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The names in a zip, from its central directory (a zip's own index: each entry's header starts PK\x01\x02). */
function entries(file: string): string[] {
  const bytes = readFileSync(file);
  const names: string[] = [];
  for (let at = bytes.indexOf('PK\x01\x02'); at >= 0; at = bytes.indexOf('PK\x01\x02', at + 46)) {
    const nameLength = bytes.readUInt16LE(at + 28);
    names.push(bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
  }
  return names;
}

// `wxt zip -b firefox --mv3` as `npm run zip` runs it, but into a temporary folder: the e2e suites read .output/ meanwhile.
describe('the Firefox zips (npm run zip)', () => {
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'microscope-zip-'));
    const script = `import('wxt').then((w) => w.zip({ browser: 'firefox', manifestVersion: 3, outDir: ${JSON.stringify(out)} }))`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, stdio: 'pipe' });
  }, 90_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('gives a reviewer what the build reads and how to run it, and nothing else', () => {
    const names = entries(join(out, `microscope-${VERSION}-sources.zip`));
    for (const needed of ['package.json', 'package-lock.json', 'README.md', 'wxt.config.ts', 'tsconfig.json', 'entrypoints/background.ts', 'public/_locales/en/messages.json', 'public/icon/16.png']) {
      expect(names, needed).toContain(needed);
    }
    expect(names.some((n) => n.startsWith('lib/core/'))).toBe(true);
    const tops = new Set(names.map((n) => n.split('/')[0]));
    expect([...tops].sort()).toEqual(['README.md', 'components', 'entrypoints', 'lib', 'package-lock.json', 'package.json', 'public', 'tsconfig.json', 'wxt.config.ts']);
    expect(names.filter((n) => /node_modules|\.output|demo-output|^tests\/|^\.|\.test\.tsx?$/.test(n))).toEqual([]);
  });

  it('packs the Firefox build with its manifest, locale and icons at the root', () => {
    const names = entries(join(out, `microscope-${VERSION}-firefox.zip`));
    expect(names).toEqual(expect.arrayContaining(['manifest.json', '_locales/en/messages.json', 'icon/128.png', 'sidepanel.html', 'background.js']));
  });
});
