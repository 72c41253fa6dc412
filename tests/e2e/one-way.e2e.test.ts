import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { ProfilePage } from './pages/profile';
import { SidePanel } from './pages/side-panel';
import { loadSamples } from './samples';

let h: Harness;
beforeAll(async () => { h = await launch(); }, 60_000);
afterAll(async () => h?.close());

const sample = (id: string) => loadSamples().find((s) => s.id === id)!;

/** Records every message the service worker receives, in order, by type. */
async function watchBackground(h: Harness): Promise<() => Promise<string[]>> {
  const worker = h.context.serviceWorkers()[0]!;
  await worker.evaluate(`(() => {
    if (globalThis.__seen) return void globalThis.__seen.splice(0);
    globalThis.__seen = [];
    chrome.runtime.onMessage.addListener((m) => { globalThis.__seen.push(m && m.type); });
  })()`);
  return () => worker.evaluate('globalThis.__seen.splice(0)') as Promise<string[]>;
}

/**
 * Records what the panel sends (to the background and to tabs) and the messages addressed to it, by
 * type. A content script's runtime.sendMessage reaches every extension page too; the panel has no
 * handler for 'score', so only its own types count as received.
 */
async function watchPanel(panel: SidePanel): Promise<() => Promise<{ sent: string[]; received: string[] }>> {
  await panel.page.evaluate(`(() => {
    const log = (globalThis.__log = { sent: [], received: [] });
    const send = chrome.runtime.sendMessage.bind(chrome.runtime);
    chrome.runtime.sendMessage = (m, ...rest) => { log.sent.push(m.type); return send(m, ...rest); };
    const toTab = chrome.tabs.sendMessage.bind(chrome.tabs);
    chrome.tabs.sendMessage = (id, m, ...rest) => { log.sent.push(m.type); return toTab(id, m, ...rest); };
    const mine = ['scored', 'tab-changed', 'shortlists-changed'];
    chrome.runtime.onMessage.addListener((m) => { if (m && mine.includes(m.type)) log.received.push(m.type); });
  })()`);
  return () => panel.page.evaluate('(() => { const l = globalThis.__log; const out = { sent: l.sent.splice(0), received: l.received.splice(0) }; return out; })()') as Promise<{ sent: string[]; received: string[] }>;
}

describe('a click flows one way (real Chromium)', () => {
  it('"Score" crosses three times: panel → page, page → background, background → panel', async () => {
    const profile = await ProfilePage.open(h, sample('ig-current'));
    const panel = await SidePanel.openFor(h, profile.page);
    expect(await panel.settled()).toBe('scorecard');
    const background = await watchBackground(h);
    const panelLog = await watchPanel(panel);
    const before = await panel.reads();
    await panel.page.getByTestId('score-again').click();
    await panel.readAfter(before);
    expect(await panelLog()).toEqual({ sent: ['read-page'], received: ['scored'] });
    expect(await background()).toEqual(['score']);
    await panel.close();
    await profile.close();
  }, 60_000);

  it('the on-page button sends the page once; the panel shows what it is sent without asking back', async () => {
    const profile = await ProfilePage.open(h, sample('tt-current'));
    const panel = await SidePanel.openFor(h, profile.page);
    await panel.settled();
    const background = await watchBackground(h);
    const panelLog = await watchPanel(panel);
    const before = await panel.reads();
    await profile.clickScore();
    await panel.readAfter(before);
    expect(await background()).toEqual(['score']);
    expect(await panelLog()).toEqual({ sent: [], received: ['scored'] });
    expect((await panel.stored()).visits.filter((v) => v.creatorId === 'tiktok:kitchenwithmara')).toHaveLength(1);
    await panel.close();
    await profile.close();
  }, 60_000);
});

describe('following the tab stores nothing (real Chromium)', () => {
  it('a run through several profiles leaves no visit until the scout scores or adds one', async () => {
    const profile = await ProfilePage.open(h, sample('yt-current'));
    const panel = await SidePanel.openFor(h, profile.page);
    await panel.settled();
    const visitsBefore = (await panel.stored()).visits.length;
    for (const next of ['yt-legacy', 'yt-current', 'yt-legacy']) {
      const before = await panel.reads();
      await profile.goto(sample(next));
      await panel.readAfter(before);
      await panel.page.getByTestId('not-stored').waitFor();
    }
    expect((await panel.stored()).visits.length).toBe(visitsBefore);
    // An explicit Score keeps exactly this one.
    const before = await panel.reads();
    await panel.page.getByTestId('score-again').click();
    await panel.readAfter(before);
    expect((await panel.stored()).visits.length).toBe(visitsBefore + 1);
    expect(await panel.page.getByTestId('not-stored').count()).toBe(0);
    await panel.close();
    await profile.close();
  }, 90_000);
});
