import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The language identifier (eld, about 1 MB of n-grams) must load only where languages are shown, and
// only when asked: never in a content script (each page load pays for it), a reader or the background.
// The built files are checked in tests/e2e/audience.e2e.test.ts; this follows the sources, build or not.
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DETECTOR = 'lib/core/scoring/audience/eld-detector.ts';

/** Static imports and re-exports (not `import type`, not `import()`), as written. */
function staticImports(source: string): string[] {
  const specs: string[] = [];
  for (const m of source.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) specs.push(m[1]!);
  return specs;
}

function resolveSpec(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? join(ROOT, spec.slice(2)) : spec.startsWith('.') ? resolve(dirname(join(ROOT, from)), spec) : null;
  if (base === null) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && !candidate.endsWith('/') && /\.tsx?$/.test(candidate)) return relative(ROOT, candidate);
  }
  return null;
}

/** Every file an entry reaches by static imports, and every package it names on the way. */
function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of staticImports(readFileSync(join(ROOT, file), 'utf8'))) {
      const target = resolveSpec(file, spec);
      if (target) todo.push(target);
      else if (!spec.startsWith('.') && !spec.startsWith('@/')) packages.add(spec.split('/')[0]!.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
    }
  }
  return { files, packages };
}

const entrypoints = readdirSync(join(ROOT, 'entrypoints')).filter((f) => /\.tsx?$/.test(f)).map((f) => `entrypoints/${f}`);

describe('the language identifier loads lazily, in the panel only', () => {
  it('no content script, reader or background reaches it, even through core', () => {
    expect(entrypoints.filter((e) => /\.content\.ts$/.test(e)).length).toBeGreaterThanOrEqual(4);
    expect(entrypoints.some((e) => /reader-/.test(e)) && entrypoints.includes('entrypoints/background.ts')).toBe(true);
    // The walk goes deep: the background scores audiences, through core, without the identifier.
    expect(reach('entrypoints/background.ts').files.has('lib/core/scoring/audience/audience.ts')).toBe(true);
    for (const entry of entrypoints) {
      const { files, packages } = reach(entry);
      expect(files.has(DETECTOR), entry).toBe(false);
      expect(packages.has('eld'), entry).toBe(false);
    }
  });

  it('the panel reaches the loader, whose import of eld is dynamic, so the first screen never waits for it', () => {
    const panel = reach('entrypoints/sidepanel/main.tsx');
    expect(panel.files.has(DETECTOR)).toBe(true);
    expect(panel.packages.has('eld')).toBe(false);
    expect(readFileSync(join(ROOT, DETECTOR), 'utf8')).toMatch(/await import\('eld\/extrasmall'\)/);
  });
});
