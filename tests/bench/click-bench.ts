import { existsSync, statSync } from 'node:fs';
import { EXTENSION_DIR, launch } from '../e2e/harness';
import { ProfilePage } from '../e2e/pages/profile';
import { SidePanel } from '../e2e/pages/side-panel';
import { creatorSamples, samplePath, type Sample } from '../e2e/samples';
import { FIREFOX_EXTENSION_DIR, FIREFOX_PATH, launchFirefox, tabIdOf } from '../e2e/firefox/browser';
import { FirefoxPanel, FirefoxProfile } from '../e2e/firefox/pages';

const RUNS = 15;

/** What one browser measured per sample: the median and the spread, or why it did not run. */
type Timings = Map<string, { median: number; min: number; max: number }> | string;

/** A panel bound to the sample's tab: times() presses Score RUNS times after a warm-up. */
interface Bound { times(): Promise<number[]>; close(): Promise<void> }

/**
 * Click to painted scorecard, measured inside the panel, in Chromium and in Firefox from one run:
 * from pressing Score to the frame after the new scorecard is in the DOM (page read, one message each
 * way, scoring, storing, rendering), by the same in-page script (tests/e2e/pages/shared.ts). The
 * largest sample page of each platform, median of 15 after a warm-up; one browser at a time.
 */
export async function benchClick(): Promise<void> {
  const samples = (['instagram', 'tiktok', 'youtube'] as const)
    .map((platform) => creatorSamples().filter((s) => s.platform === platform).sort((a, b) => size(b) - size(a))[0])
    .filter((s): s is Sample => s !== undefined);
  const chromium = await measure('Chromium', existsSync(`${EXTENSION_DIR}/manifest.json`) && existsSync(process.env.CHROME_PATH ?? '/usr/bin/chromium'), samples, async () => {
    const h = await launch();
    return {
      bind: async (sample) => {
        const profile = await ProfilePage.open(h, sample);
        const panel = await SidePanel.openFor(h, profile.page);
        await panel.settled();
        return { times: () => repeat(() => panel.timeRescore()), close: async () => { await panel.close(); await profile.close(); } };
      },
      close: () => h.close(),
    };
  });
  const firefox = await measure('Firefox', existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`) && existsSync(FIREFOX_PATH), samples, async () => {
    const h = await launchFirefox();
    return {
      bind: async (sample) => {
        const profile = await FirefoxProfile.open(h, sample);
        const panel = await FirefoxPanel.openFor(h, profile, await tabIdOf(h, profile.page.url()));
        return { times: () => repeat(() => panel.timeRescore()), close: () => panel.close() };
      },
      close: () => h.close(),
    };
  });
  console.log(`\nClick "Score" → painted scorecard, in the panel (median of ${RUNS} after a warm-up; min–max; target ≤ 50 ms)`);
  console.log(`  ${'platform'.padEnd(10)} ${'sample'.padEnd(12)} ${'page'.padStart(7)}  ${'Chromium'.padEnd(20)} Firefox`);
  for (const sample of samples) {
    console.log(`  ${sample.platform.padEnd(10)} ${sample.id.padEnd(12)} ${`${(size(sample) / 1024).toFixed(0)} KB`.padStart(7)}  ${cell(chromium, sample).padEnd(20)} ${cell(firefox, sample)}`);
  }
  for (const [name, t] of [['Chromium', chromium], ['Firefox', firefox]] as const) if (typeof t === 'string') console.log(`  ${name}: ${t}`);
}

async function measure(name: string, ready: boolean, samples: Sample[], start: () => Promise<{ bind(s: Sample): Promise<Bound>; close(): Promise<void> }>): Promise<Timings> {
  if (!ready) return `not run: needs its build (\`npm run bench\` builds both) and the browser (${name === 'Firefox' ? 'FIREFOX_PATH or /usr/bin/firefox-esr' : 'CHROME_PATH or /usr/bin/chromium'}).`;
  const out = new Map<string, { median: number; min: number; max: number }>();
  let browser: { bind(s: Sample): Promise<Bound>; close(): Promise<void> } | null = null;
  try {
    // Inside the try: a browser that does not start is a row in the table, not the end of the bench.
    browser = await start();
    for (const sample of samples) {
      const bound = await browser.bind(sample);
      try {
        const times = (await bound.times()).sort((a, b) => a - b);
        out.set(sample.id, { median: times[Math.floor(RUNS / 2)] ?? Number.NaN, min: times[0] ?? Number.NaN, max: times[RUNS - 1] ?? Number.NaN });
      } finally {
        await bound.close().catch(() => undefined);
      }
    }
  } catch (err) {
    return `failed${browser ? '' : ' to start'}: ${err instanceof Error ? err.message : String(err)}`;
  } finally {
    await browser?.close().catch(() => undefined);
  }
  return out;
}

/** One warm-up, then RUNS timed clicks. */
async function repeat(click: () => Promise<number>): Promise<number[]> {
  await click();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push(await click());
  return times;
}

function cell(t: Timings, sample: Sample): string {
  // Why a browser has no numbers is said below the table; its column says which it was.
  if (typeof t === 'string') return t.startsWith('failed') ? 'failed (see below)' : 'not run';
  const m = t.get(sample.id);
  return m ? `${m.median.toFixed(0).padStart(4)} ms (${m.min.toFixed(0)}–${m.max.toFixed(0)})` : '—';
}

const size = (s: Sample) => statSync(samplePath(s.html)).size;
