import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  plugins: [WxtVitest({ root })],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The e2e drives one real Chromium; running files in parallel on 2 cores only slows both.
    fileParallelism: true,
    testTimeout: 20_000,
    reporters: ['default'],
  },
});
