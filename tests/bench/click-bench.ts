import { existsSync, statSync } from 'node:fs';
import { EXTENSION_DIR, launch } from '../e2e/harness';
import { ProfilePage } from '../e2e/pages/profile';
import { SidePanel } from '../e2e/pages/side-panel';
import { creatorSamples, samplePath } from '../e2e/samples';

const RUNS = 15;

/**
 * Click to painted scorecard, measured inside the panel in real Chromium: from pressing Score to
 * the frame after the new scorecard is in the DOM (page read, one message each way, scoring,
 * storing, rendering). The largest sample page of each platform, median of 15 after a warm-up.
 */
export async function benchClick(): Promise<void> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`) || !existsSync(process.env.CHROME_PATH ?? '/usr/bin/chromium')) {
    console.log('\nClick to painted: needs `npm run build` and Chromium (skipped).');
    return;
  }
  const h = await launch();
  try {
    console.log(`\nClick "Score" → painted scorecard, in the panel, Chromium (median of ${RUNS}; target ≤ 50 ms)`);
    for (const platform of ['instagram', 'tiktok', 'youtube'] as const) {
      const sample = creatorSamples().filter((s) => s.platform === platform).sort((a, b) => statSync(samplePath(b.html)).size - statSync(samplePath(a.html)).size)[0];
      if (!sample) continue;
      const profile = await ProfilePage.open(h, sample);
      const panel = await SidePanel.openFor(h, profile.page);
      await panel.settled();
      await panel.timeRescore();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push(await panel.timeRescore());
      times.sort((a, b) => a - b);
      const median = times[Math.floor(RUNS / 2)] ?? Number.NaN;
      console.log(`  ${platform.padEnd(10)} ${sample.id.padEnd(12)} ${(statSync(samplePath(sample.html)).size / 1024).toFixed(0).padStart(4)} KB page  ${median.toFixed(0).padStart(4)} ms  (min ${times[0]?.toFixed(0)}, max ${times[RUNS - 1]?.toFixed(0)})`);
      await panel.close();
      await profile.close();
    }
  } finally {
    await h.close();
  }
}
