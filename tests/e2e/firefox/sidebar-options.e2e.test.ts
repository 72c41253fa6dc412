import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoBrand, loadSamples } from '../samples';
import { FIREFOX_EXTENSION_DIR, geckoIds, launchFirefox, type FirefoxHarness } from './browser';
import { fireShortcut, keysetIds, shortcutOf, SidebarProbe, sidebarShowsMicroscope } from './chrome';
import { FirefoxOptions, FirefoxProfile, saveBrandFirefox } from './pages';

const sample = (id: string) => loadSamples().find((s) => s.id === id)!;
const SCORE_PAGE = { key: 'S', modifiers: 'alt,shift' };
const OPEN_PANEL = { key: 'M', modifiers: 'alt,shift' };
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' };

describe('the built Firefox manifest', () => {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('declares the sidebar, the toolbar button and both shortcuts, and no Chrome-only side panel', () => {
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    expect(manifest.action).toEqual({ default_title: 'Score this creator', default_icon: ICONS });
    expect(manifest.commands).toMatchObject({
      _execute_action: { suggested_key: { default: 'Alt+Shift+M' } },
      'score-page': { suggested_key: { default: 'Alt+Shift+S' } },
    });
    expect(manifest.permissions).not.toContain('sidePanel');
    expect(manifest.side_panel).toBeUndefined();
  });

  it('asks for scripting and the three platforms only, under its gecko id and Firefox 140 (the ESR) at least', () => {
    expect(manifest.permissions).toEqual(['scripting']);
    expect(manifest.host_permissions).toEqual(['https://www.instagram.com/*', 'https://www.tiktok.com/*', 'https://www.youtube.com/*']);
    expect(manifest.browser_specific_settings).toEqual({
      gecko: { id: 'microscope@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  it('derives the ids Firefox gives the add-on\'s sidebar and keyset from the gecko id', () => {
    expect(geckoIds()).toEqual({
      id: 'microscope@example.org',
      widget: 'microscope_example_org',
      sidebar: 'microscope_example_org-sidebar-action',
      keyset: 'ext-keyset-id-microscope_example_org',
    });
  });
});

/**
 * Real Firefox, one browser for the file; the tests run in order. The sidebar is the browser's
 * own (Firefox opens a newly installed add-on's sidebar); the shortcuts are fired through the
 * <key> elements Firefox built for them (see chrome.ts: BiDi cannot press browser-level keys).
 */
describe('Firefox: the sidebar follows the tab, the shortcuts, the options page', () => {
  let h: FirefoxHarness;
  let probe: SidebarProbe;
  beforeAll(async () => {
    h = await launchFirefox();
    await saveBrandFirefox(h, loadDemoBrand());
    // Opened first: each tab opened after it becomes the active one, which the sidebar follows.
    probe = await SidebarProbe.open(h);
  }, 60_000);
  afterAll(async () => h?.close());

  it('the sidebar shows the active tab\'s creator and follows a switch of tabs, storing nothing', async () => {
    await expect.poll(() => sidebarShowsMicroscope(h), { timeout: 10_000 }).toBe(true);
    const first = await FirefoxProfile.open(h, sample('tt-current'));
    await probe.waitForCreator(String(sample('tt-current').expect.displayName));
    const second = await FirefoxProfile.open(h, sample('yt-current'));
    await probe.waitForCreator(String(sample('yt-current').expect.displayName));
    await first.page.bringToFront();
    await probe.waitForCreator(String(sample('tt-current').expect.displayName));
    expect(await probe.showsStored()).toBe(false);
    await second.close();
  }, 30_000);

  it('Firefox registered Alt+Shift+S and Alt+Shift+M for Microscope', async () => {
    // The keyset is named after the widget id the harness derived from the manifest's gecko id.
    expect(await keysetIds(h)).toContain(h.ids.keyset);
    expect(await shortcutOf(h, SCORE_PAGE)).toBe('alt,shift+S');
    expect(await shortcutOf(h, OPEN_PANEL)).toBe('alt,shift+M');
  });

  it('"score-page" (Alt+Shift+S) scores the active tab: a visit is stored and the sidebar shows it', async () => {
    // The active tab is tt-current's, from the test above; nothing of it is stored yet.
    const creator = 'tiktok:kitchenwithmara';
    expect((await probe.stored()).visits.filter((v) => v.creatorId === creator)).toEqual([]);
    const tab = (await h.browser.pages()).find((p) => p.url() === sample('tt-current').url);
    await tab!.bringToFront();
    await fireShortcut(h, SCORE_PAGE);
    await probe.waitForStored();
    expect((await probe.stored()).visits.filter((v) => v.creatorId === creator)).toHaveLength(1);
  }, 30_000);

  it('"_execute_action" (Alt+Shift+M) toggles the sidebar: closed, then open again on the active tab\'s creator', async () => {
    await fireShortcut(h, OPEN_PANEL);
    await expect.poll(() => sidebarShowsMicroscope(h)).toBe(false);
    await expect.poll(() => probe.displayName()).toBeNull();
    const tab = (await h.browser.pages()).find((p) => p.url() === sample('tt-current').url);
    await tab!.bringToFront();
    await fireShortcut(h, OPEN_PANEL);
    await expect.poll(() => sidebarShowsMicroscope(h)).toBe(true);
    await probe.waitForCreator(String(sample('tt-current').expect.displayName));
  }, 30_000);

  it('the options page saves a new brand that is still there after a reload, the first untouched', async () => {
    const options = await FirefoxOptions.open(h);
    expect(await options.brands()).toEqual(['Patchwork Outdoor']);
    await options.newBrand('Zest Drinks');
    await options.page.select(await options.field('Currency'), 'EUR');
    await options.save();
    expect(await options.brands()).toEqual(['Patchwork Outdoor', 'Zest Drinks']);
    await options.reload();
    expect(await options.brands()).toEqual(['Patchwork Outdoor', 'Zest Drinks']);
    expect(await options.value('Brand name')).toBe('Patchwork Outdoor');
    await options.openBrand('Zest Drinks');
    expect(await options.value('Currency')).toBe('EUR');
    await options.openBrand('Patchwork Outdoor');
    expect(await options.value('Currency')).toBe('GBP');
    await options.page.close();
  }, 30_000);
});
