import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { newEntry, newShortlist } from '@/lib/store/queries';
import type { CreatorRow, EntryRow } from '@/lib/store/schema';
import type { DashRow } from '@/lib/core/model/rows';
import { dashRowOf } from '@/lib/store/dashboard-rows';
import { BrandProfile } from '@/lib/core/model/brand';
import { score } from '@/lib/core/scoring/score';
import { summaryOf } from '@/lib/core/scoring/summary-of';
import { VALUE_PRESETS } from '@/lib/core/scoring/value-fit';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launch } from '../e2e/harness';
import { cleanPosts, makeSnapshot } from '../helpers/snapshots';

/** Rows as the extension stores them, written straight into its IndexedDB by the dashboard page. */
function rows(count: number): { creators: CreatorRow[]; entries: EntryRow[]; dashRows: DashRow[] } {
  const base = makeSnapshot({ handle: 'template', posts: cleanPosts(12) });
  const card = score(base, { brand: BrandProfile.parse({ name: 'Bench', checklist: VALUE_PRESETS }), answers: { 'content-style': 'yes' } });
  const creators = Array.from({ length: count }, (_, i): CreatorRow => ({
    id: `instagram:creator.${i}`, platform: 'instagram', handle: `creator.${i}`, displayName: `Creator ${i}`, profileUrl: `https://www.instagram.com/creator.${i}/`,
    followers: 20_000 + i, followersApproximate: false, lastScoredAt: base.capturedAt, lastScore: summaryOf(card), scoreSource: 'visit', links: [],
  }));
  const entries = creators.map((c, i) => ({ ...newEntry(1, c.id, '2026-11-01T10:00:00.000Z', { 'content-style': i % 2 ? 'yes' : 'no' }), id: i + 1, tags: ['bench'], notes: `note ${c.handle}` }));
  // The projection the store keeps beside them (the raw writes below bypass Dexie and its middleware).
  const dashRows = entries.map((e, i) => dashRowOf(e, creators[i]!));
  return { creators, entries, dashRows };
}

/** Opens the dashboard and writes `count` entries straight into the extension's IndexedDB. */
export async function seedDashboard(page: Page, extensionId: string, count: number): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await page.getByTestId('empty').waitFor();
  const data = { ...rows(count), list: newShortlist('Bench', '2026-11-01T10:00:00.000Z') };
  // Raw IndexedDB, in the page: the database Dexie just opened, at its current version.
  await page.evaluate(async ({ creators, entries, dashRows, list }) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => { const r = indexedDB.open('microscope'); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
    await new Promise<void>((ok, fail) => {
      const tx = db.transaction(['shortlists', 'creators', 'entries', 'dashRows'], 'readwrite');
      tx.objectStore('shortlists').put({ ...list, id: 1 });
      for (const c of creators) tx.objectStore('creators').put(c);
      for (const e of entries) tx.objectStore('entries').put(e);
      for (const d of dashRows) tx.objectStore('dashRows').put(d);
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, data);
}

/**
 * The dashboard in real Chromium over `count` entries: what a scout waits for, from opening
 * the page to a usable table (real IndexedDB, React rendering), and a sort and a search.
 */
export async function benchDashboard(count: number): Promise<void> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`) || !existsSync(process.env.CHROME_PATH ?? '/usr/bin/chromium')) {
    console.log('\nDashboard in Chromium: needs `npm run build` and Chromium (skipped).');
    return;
  }
  const h = await launch();
  try {
    const page = await h.context.newPage();
    await seedDashboard(page, h.extensionId, count);
    const t0 = performance.now();
    await page.reload();
    await page.getByTestId('row-summary').filter({ hasText: `of ${count} entries` }).waitFor({ timeout: 120_000 });
    const openMs = performance.now() - t0;
    const rendered = await page.locator('[data-testid="shortlist"] tbody tr').count();
    const t1 = performance.now();
    await page.getByTestId('sort-followers').click();
    await page.locator('[data-testid="shortlist"] th[aria-sort="ascending"]').waitFor({ timeout: 60_000 });
    const sortMs = performance.now() - t1;
    const t2 = performance.now();
    await page.getByTestId('filter-search').fill(`creator.${count - 1}`);
    await page.getByTestId('row-summary').filter({ hasText: /^Showing 1 of/ }).waitFor({ timeout: 60_000 });
    const searchMs = performance.now() - t2;
    console.log(`\nDashboard in Chromium over ${count.toLocaleString('en')} entries (real IndexedDB, headless)`);
    console.log(`  open to table shown (${rendered} rows rendered)  ${openMs.toFixed(0).padStart(6)} ms`);
    console.log(`  sort by followers                          ${sortMs.toFixed(0).padStart(6)} ms`);
    console.log(`  search for one handle                      ${searchMs.toFixed(0).padStart(6)} ms`);
  } finally {
    await h.close();
  }
}
