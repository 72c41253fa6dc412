import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../e2e/harness';

/** Content scripts load on every visit to the platforms: their size is a cost every scout pays. */
export function printBundleSizes(): void {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  if (!existsSync(dir)) {
    console.log('\nContent scripts: no build found (run `npm run build` first).');
    return;
  }
  console.log('\nBuilt content scripts (.output/chrome-mv3/content-scripts)');
  for (const file of readdirSync(dir).sort()) {
    const bytes = readFileSync(join(dir, file));
    console.log(`  ${file.padEnd(14)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB  (${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzipped)`);
  }
}
