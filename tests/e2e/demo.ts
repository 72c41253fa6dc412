import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runFlow } from './flow';
import { launch } from './harness';
import { loadSamples } from './samples';

/** `npm run demo`: the real extension in real Chromium over every bundled sample page. */
async function main(): Promise<void> {
  const out = join(process.cwd(), 'demo-output');
  mkdirSync(out, { recursive: true });
  const h = await launch();
  try {
    const result = await runFlow(h, loadSamples(), out);
    writeFileSync(join(out, 'campaign.csv'), result.csv);
    for (const p of result.panels) {
      const summary = p.state === 'scorecard'
        ? `${p.decision.split(/\s+/)[0]} · ${p.texts.tier} · ${p.texts.followers} followers · engagement ${p.texts.engagement}`
        : `error: ${p.texts.error?.split('\n')[0]}`;
      console.log(`${p.sample.id.padEnd(22)} ${summary}`);
    }
    console.log(`\nAdded ${result.dashboardRows} creator(s) to the campaign. Wrote ${join(out, 'campaign.csv')} and the screenshots in ${out}/`);
  } finally {
    await h.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
