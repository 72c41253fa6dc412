import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { launch, saveBrand, type Harness } from './harness';
import { loadDemoBrand } from './samples';

/**
 * Real Chromium with the built extension and the demo brand saved, for the tests of the enclosing
 * describe block (or file). Returns a getter for the running browser.
 *
 * - `'each'`: a browser per test, so a fresh profile: an empty history and no shortlist. For tests
 *   that store something (Score, the on-page button, a checklist answer, a shortlist), so that no
 *   test sees another's visits or entries. A launch costs about a second.
 * - `'all'`: one browser for the block. Only for tests that store nothing (the panel's own read is
 *   shown, not kept), which each check that the history is still empty when they are done.
 */
export function useBrowser(scope: 'each' | 'all'): () => Harness {
  let h: Harness | undefined;
  const start = async () => {
    h = await launch();
    await saveBrand(h, loadDemoBrand());
  };
  const stop = async () => {
    await h?.close();
    h = undefined;
  };
  if (scope === 'each') {
    beforeEach(start, 60_000);
    afterEach(stop);
  } else {
    beforeAll(start, 60_000);
    afterAll(stop);
  }
  return () => {
    if (!h) throw new Error('No browser: useBrowser() hooks have not run.');
    return h;
  };
}
