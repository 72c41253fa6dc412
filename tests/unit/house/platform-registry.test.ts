import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlatformId } from '@/lib/core/model/snapshot';
import { PLATFORMS } from '@/lib/core/platforms';
import { PLATFORM_IDS } from '@/lib/core/platforms/ids';
import { PLATFORM_TRAITS } from '@/lib/core/platforms/traits';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

// Adding a platform touches lib/core/platforms (its folder, ids.ts and the registries) and its two entrypoints only.
describe('one platform, one folder, one registry', () => {
  it('every id has a reader and traits, and nothing else does', () => {
    expect(PlatformId.options).toEqual([...PLATFORM_IDS]);
    expect(PLATFORMS.map((p) => p.id)).toEqual([...PLATFORM_IDS]);
    expect(PLATFORM_TRAITS.map((t) => t.id)).toEqual([...PLATFORM_IDS]);
  });

  it('no code outside lib/core/platforms names a platform', () => {
    const named = new RegExp(`['"\`](?:${PLATFORM_IDS.join('|')})['"\`.]`);
    const offenders = [...sources('lib'), ...sources('components')]
      .filter((path) => !path.startsWith(join('lib', 'core', 'platforms')))
      .filter((path) => named.test(withoutComments(readFileSync(path, 'utf8'))));
    expect(offenders).toEqual([]);
  });
});
