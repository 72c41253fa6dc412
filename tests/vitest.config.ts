import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));
// Suites over ../shared run whenever it sits beside the repo (CI always has it); a bare clone skips the folder.
const hasShared = existsSync(fileURLToPath(new URL('../../shared/', import.meta.url)));

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
