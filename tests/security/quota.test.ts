import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { listen, sendToBackground } from '@/lib/messaging/client';
import { failureOf, RequestFailed, STORAGE_FULL_MESSAGE } from '@/lib/messaging/failure';
import { readStorageUsage } from '@/lib/options/storage-usage';
import { createPanelStore, type PanelApi } from '@/lib/panel/store';

// Findings under "Storage errors" of the review (issue 13): a full disk reached the panel as a zod
// error about invalid_type, and nothing asked the browser to keep the scout's data.
const quota = () => new (Dexie as unknown as { QuotaExceededError: new (m: string) => Error }).QuotaExceededError('quota');

describe('a full disk is named as such', () => {
  it('recognises the browser\'s and Dexie\'s quota errors', () => {
    expect(failureOf(new DOMException('no room', 'QuotaExceededError'))).toEqual({ kind: 'storage-full', message: STORAGE_FULL_MESSAGE });
    expect(failureOf(quota()).kind).toBe('storage-full');
    expect(failureOf({ name: 'AbortError', inner: { name: 'QuotaExceededError' } }).kind).toBe('storage-full');
    expect(failureOf(new Error('disk on fire'))).toEqual({ kind: 'failed', message: 'disk on fire' });
  });

  it('reaches the asker as a typed failure with what to do, not a parse error', async () => {
    // The real delivery: the listener answers through sendResponse; the asker gets that answer.
    let listener: ((m: unknown, s: object, respond: (a: unknown) => void) => boolean) | undefined;
    vi.spyOn(browser.runtime.onMessage, 'addListener').mockImplementation((l) => { listener = l as typeof listener; });
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((message: unknown) => new Promise((resolve) => {
      listener?.(message, { url: browser.runtime.getURL('/sidepanel.html') }, resolve);
    }));
    listen({ 'shortlist-state': async () => { throw new DOMException('no room', 'QuotaExceededError'); } });
    const asked = sendToBackground('shortlist-state', { creatorId: 'instagram:x' });
    await expect(asked).rejects.toBeInstanceOf(RequestFailed);
    await expect(sendToBackground('shortlist-state', { creatorId: 'instagram:x' })).rejects.toThrow(/storage in this browser is full\. Export your campaigns/);
    vi.restoreAllMocks();
  });

  it('shows in the panel as "storage full", with the way out', async () => {
    const api = { readTab: vi.fn(async () => { throw new RequestFailed({ kind: 'storage-full', message: STORAGE_FULL_MESSAGE }); }) } as unknown as PanelApi;
    const store = createPanelStore(api);
    await store.getState().score(5, { store: true });
    expect(store.getState().error).toEqual({ reason: 'storage-full', missing: [], message: STORAGE_FULL_MESSAGE });
  });
});

describe('a page that never answers', () => {
  it('ends "Reading the page…" with a clear message instead of waiting forever', async () => {
    const { awaitScored } = await import('@/lib/panel/wiring');
    await expect(awaitScored(async () => ({}), 30)).rejects.toThrow('The page did not answer within 0.03 s.');
  });
});

describe('the scout\'s data is asked to be kept, and its size shown', () => {
  it('asks for persistent storage when not yet granted, and reports usage and quota', async () => {
    const persist = vi.fn(async () => true);
    const usage = await readStorageUsage({ persisted: async () => false, persist, estimate: async () => ({ usage: 12_900_000, quota: 2_000_000_000 }) });
    expect(persist).toHaveBeenCalledOnce();
    expect(usage).toEqual({ used: 12_900_000, quota: 2_000_000_000, persisted: true });
  });

  it('says nothing it does not know', async () => {
    expect(await readStorageUsage(undefined)).toEqual({ used: null, quota: null, persisted: null });
  });
});
