import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));
// Suites over ../shared run whenever it sits beside the repo (CI always has it); a bare clone skips the folder.
const hasShared = existsSync(fileURLToPath(new URL('../../shared/', import.meta.url)));
// Said once, not silently skipped: a green run without ../shared has not checked the real pages.
if (!hasShared) console.log('tests/shared: NOT RUN — ../shared (the real captures and their answer keys) is not beside this checkout.');

export default defineConfig({
  root,
  plugins: [WxtVitest({ root })],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', ...(hasShared ? [] : ['tests/shared/**'])],
    environment: 'node',
    testTimeout: 20_000,
    reporters: ['default'],
  },
});
