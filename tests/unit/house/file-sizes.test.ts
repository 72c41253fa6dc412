import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const lines = (path: string) => readFileSync(path, 'utf8').split('\n').length;

describe('files in lib/ stay small', () => {
  const sizes = sources('lib').map((path) => ({ path, lines: lines(path) }));

  it('no file passes 250 lines', () => {
    expect(sizes.filter((s) => s.lines > 250)).toEqual([]);
  });

  it('the median stays under 80 lines', () => {
    const sorted = sizes.map((s) => s.lines).sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(80);
  });
});
