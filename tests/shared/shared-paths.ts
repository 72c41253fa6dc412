import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** ../shared beside the repo: CI always has it; a bare clone may not, and then these suites are not registered. */
export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const HAS_SHARED = existsSync(SHARED_DIR);
