import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ overrideConfigFile: 'tests/eslint.config.js' });

/** The import rules that fired on `code` placed at `filePath` (the file need not exist). */
async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

// Each deliberate breach of the house's layering must fail `npm run lint`; the allowed import beside it must pass.
describe('lint enforces the house', () => {
  it.each([
    ['lib/core/scoring/probe.ts', "import { db } from '../../store/schema';\nexport const x = db;", /core is pure/],
    ['lib/core/platforms/instagram/probe.ts', "import { listen } from '../../../messaging/client';\nexport const x = listen;", /core is pure/],
    ['lib/core/model/probe.ts', "import Dexie from 'dexie';\nexport const x = Dexie;", /no browser, storage or UI library/],
    ['lib/core/csv/probe.ts', "import { x as y } from '@/lib/dashboard/filter';\nexport const x = y;", /core is pure/],
    ['lib/store/probe.ts', "import { listen } from '../messaging/client';\nexport const x = listen;", /store is below messaging/],
    ['lib/store/probe.ts', "import { X } from '../../components/Scorecard';\nexport const x = X;", /store never imports components/],
    ['lib/messaging/probe.ts', "import { db } from '../store/schema';\nexport const x = db;", /messaging carries typed messages/],
    ['lib/page/probe.ts', "import { db } from '../store/schema';\nexport const x = db;", /never touches the store/],
    ['lib/panel/probe.ts', "import { db } from '../store/schema';\nexport const x = db;", /through the background/],
    ['lib/dashboard/probe.ts', "import { usePanel } from '../panel/wiring';\nexport const x = usePanel;", /never another app/],
    ['components/Probe.tsx', "import { db } from '@/lib/store/schema';\nexport const x = db;", /presentational/],
    ['components/Probe.tsx', "import { listen } from '@/lib/messaging/client';\nexport const x = listen;", /presentational/],
    ['components/Probe.tsx', "import { useDashboard } from '@/lib/dashboard/context';\nexport const x = useDashboard;", /connected views live with their app/],
    // Climbing above lib/ and coming back in is the same reach.
    ['components/Probe.tsx', "import { db } from '../lib/store/schema';\nexport const x = db;", /presentational/],
    ['lib/core/model/probe.ts', "import { db } from '../../../lib/store/schema';\nexport const x = db;", /core is pure/],
    ['lib/page/probe.ts', "import { db } from '../../lib/store/schema';\nexport const x = db;", /never touches the store/],
  ])('%s: a breach fails', async (file, code, message) => {
    const errors = await importErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    ['lib/core/scoring/probe.ts', "import { median } from './stats';\nimport { Post } from '../model/snapshot';\nexport const x = [median, Post];"],
    ['lib/store/probe.ts', "import { score } from '../core/scoring/score';\nexport const x = score;"],
    ['lib/background/probe.ts', "import { db } from '../store/schema';\nimport { listen } from '../messaging/client';\nexport const x = [db, listen];"],
    ['components/Probe.tsx', "import type { PanelShortlists } from '@/lib/messaging/protocol';\nimport type { Db } from '@/lib/store/schema';\nexport type X = [PanelShortlists, Db];"],
  ])('%s: an allowed import passes', async (file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });
});
