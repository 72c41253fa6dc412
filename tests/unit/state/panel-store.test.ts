import { describe, expect, it, vi } from 'vitest';
import type { ScoredCreator } from '@/lib/messaging/protocol';
import { createPanelStore, type PanelApi, type ScoredOutcome } from '@/lib/panel/store';
import { score } from '@/lib/core/scoring/score';
import { makeSnapshot } from '../../helpers/snapshots';

const NO_LISTS = { names: [], entries: [], campaigns: [], lastUsed: null };

function scored(handle: string, pageUrl: string, over: Partial<ScoredCreator> = {}): ScoredCreator {
  const snapshot = makeSnapshot({ handle, displayName: handle });
  return { creatorId: `instagram:${handle}`, snapshot, score: score(snapshot), history: [], pageUrl, campaign: null, brandName: 'My brand', stored: false, lists: NO_LISTS, ...over };
}

const ok = (value: ScoredCreator): ScoredOutcome => ({ ok: true, value });
const entry = (shortlist: string) => ({ entryId: 1, shortlist, status: 'prospect' as const, tags: [], notes: '', quotedRate: null });
/** The lists a creator is on, as the scorecard brings them. */
const onLists = (...names: string[]) => ({ names, entries: names.map(entry), campaigns: [], lastUsed: null });
/** The campaigns the panel shows the creator on. */
const campaignsOf = (store: ReturnType<typeof createPanelStore>) => store.getState().lists?.entries.map((e) => e.shortlist);

function fakeApi(over: Partial<PanelApi> = {}): PanelApi {
  return {
    readTab: vi.fn(async (_tab: number, store: boolean) => ok(scored('a', 'https://www.instagram.com/a/', { stored: store }))),
    rescore: vi.fn(async (_tab, _snapshot, campaign) => ok(scored('a', 'https://www.instagram.com/a/', { campaign }))),
    answerItem: vi.fn(async () => ok(scored('a', 'https://www.instagram.com/a/', { stored: true }))),
    shortlistState: vi.fn(async () => NO_LISTS),
    saveEntry: vi.fn(async (r) => ({ names: [r.shortlistName], entries: [{ entryId: 1, shortlist: r.shortlistName, status: r.status, tags: r.tags, notes: r.notes, quotedRate: r.quotedRate }], campaigns: [], lastUsed: null })),
    ...over,
  };
}

describe('panel store', () => {
  it('reads its tab without storing unless asked, and shows the lists that came with the scorecard', async () => {
    const api = fakeApi();
    const store = createPanelStore(api);
    await store.getState().score(5);
    expect(api.readTab).toHaveBeenLastCalledWith(5, false, null);
    expect(store.getState()).toMatchObject({ status: 'ready', tabId: 5, url: 'https://www.instagram.com/a/', reads: 1, lists: NO_LISTS, result: { stored: false } });
    await store.getState().score(5, { store: true });
    expect(api.readTab).toHaveBeenLastCalledWith(5, true, null);
    // Everything the panel shows came with the scorecard: no second question.
    expect(api.shortlistState).not.toHaveBeenCalled();
  });

  it('shows a scorecard it did not ask for (the on-page button), and drops an older request that lands after it', async () => {
    let release: (o: ScoredOutcome) => void = () => undefined;
    const api = fakeApi({ readTab: vi.fn(() => new Promise<ScoredOutcome>((r) => { release = r; })) });
    const store = createPanelStore(api);
    const pending = store.getState().score(5);
    store.getState().receive(ok(scored('b', 'https://www.instagram.com/b/', { stored: true })));
    release(ok(scored('a', 'https://www.instagram.com/a/')));
    await pending;
    expect(store.getState().result?.snapshot.handle).toBe('b');
  });

  it('follows its tab to another creator, ignores other tabs, and notes when the tab left', async () => {
    const store = createPanelStore(fakeApi());
    await store.getState().score(5);
    expect(store.getState().follow({ tabId: 6, url: 'https://www.instagram.com/b/' })).toBe(false);
    expect(store.getState().follow({ tabId: 5, url: 'https://www.instagram.com/explore/' })).toBe(false);
    expect(store.getState().left).toBe(true);
    expect(store.getState().follow({ tabId: 5, url: 'https://www.instagram.com/b/' })).toBe(true);
    expect(store.getState().left).toBe(false);
  });

  it('lets only the newest read land: a slow read of the previous profile is dropped', async () => {
    let releaseSlow: (v: ScoredOutcome) => void = () => undefined;
    const slow = new Promise<ScoredOutcome>((r) => { releaseSlow = r; });
    const readTab = vi.fn().mockReturnValueOnce(slow).mockResolvedValueOnce(ok(scored('b', 'https://www.instagram.com/b/')));
    const store = createPanelStore(fakeApi({ readTab }));
    const first = store.getState().score(5);
    await store.getState().score(5);
    releaseSlow(ok(scored('a', 'https://www.instagram.com/a/')));
    await first;
    expect(store.getState().result?.snapshot.handle).toBe('b');
  });

  it('shows a typed failure and a reload hint when the page cannot be reached or does not answer', async () => {
    const store = createPanelStore(fakeApi({ readTab: vi.fn(async () => { throw new Error('The page did not answer within 15 s.'); }) }));
    await store.getState().score(5);
    expect(store.getState()).toMatchObject({ status: 'failed', error: { reason: 'reload-needed' } });
    expect(store.getState().error?.message).toBe('Microscope could not score this page: The page did not answer within 15 s. Reload the page, then score again.');
  });

  it('adding a followed creator to a campaign stores its read with it', async () => {
    const api = fakeApi();
    const store = createPanelStore(api);
    await store.getState().score(5);
    const snapshot = store.getState().result?.snapshot;
    await store.getState().saveEntry({ shortlistName: 'Autumn', status: 'contacted', tags: ['diy'], notes: 'n', quotedRate: { amount: 250, currency: 'EUR' } });
    expect(api.saveEntry).toHaveBeenCalledWith({ creatorId: 'instagram:a', shortlistName: 'Autumn', status: 'contacted', tags: ['diy'], notes: 'n', quotedRate: { amount: 250, currency: 'EUR' }, unsaved: snapshot });
    expect(store.getState().result).toMatchObject({ campaign: 'Autumn', stored: true });
    expect(campaignsOf(store)).toEqual(['Autumn']);
    // Once stored, a later edit sends no snapshot.
    await store.getState().saveEntry({ shortlistName: 'Autumn', status: 'agreed', tags: [], notes: '', quotedRate: null });
    expect(api.saveEntry).toHaveBeenLastCalledWith(expect.objectContaining({ unsaved: undefined }));
  });

  it('answers a manual item with an unsaved read stored first, and shows the scorecard that comes back', async () => {
    const api = fakeApi();
    const store = createPanelStore(api);
    await store.getState().score(5);
    await store.getState().answer('content-style', 'yes');
    expect(api.answerItem).toHaveBeenCalledWith({ creatorId: 'instagram:a', itemId: 'content-style', answer: 'yes', campaign: null, scoredFor: null, unsaved: expect.objectContaining({ handle: 'a' }) });
    expect(api.readTab).toHaveBeenCalledTimes(1);
    expect(store.getState().result?.stored).toBe(true);
  });

  it('switches campaign by scoring the read it holds again, reading nothing and keeping it as stored as it was', async () => {
    const api = fakeApi({ readTab: vi.fn(async () => ok(scored('a', 'https://www.instagram.com/a/', { lists: onLists('Autumn', 'Spring'), campaign: 'Spring', stored: true }))) });
    const store = createPanelStore(api);
    await store.getState().score(5, { store: true });
    const held = store.getState().result?.snapshot;
    await store.getState().chooseCampaign('Autumn');
    expect(api.rescore).toHaveBeenCalledWith(5, held, 'Autumn');
    expect(api.readTab).toHaveBeenCalledTimes(1);
    expect(store.getState().result).toMatchObject({ campaign: 'Autumn', stored: true });
    // The choice carries to the next read.
    await store.getState().score(5);
    expect(api.readTab).toHaveBeenLastCalledWith(5, false, 'Autumn');
  });

  it('follows a campaign renamed in the dashboard, and scores again when the campaign it used is deleted', async () => {
    const onSpring = scored('a', 'https://www.instagram.com/a/', { lists: onLists('Spring'), campaign: 'Spring', stored: true });
    const lists = vi.fn(async () => ({ names: ['Spring 2027'], entries: [entry('Spring 2027')], campaigns: [], lastUsed: null }));
    const api = fakeApi({ readTab: vi.fn(async () => ok(onSpring)), shortlistState: lists });
    const store = createPanelStore(api);
    await store.getState().score(5);
    await store.getState().listsChanged({ from: 'Spring', to: 'Spring 2027' });
    // Nothing was picked in the header: the score follows the creator's own campaign under its new name.
    expect(store.getState()).toMatchObject({ campaign: null, result: { campaign: 'Spring 2027' } });
    expect(campaignsOf(store)).toEqual(['Spring 2027']);
    expect(api.rescore).not.toHaveBeenCalled();
    // Answers now go to the list under its new name.
    await store.getState().answer('tone', 'yes');
    expect(api.answerItem).toHaveBeenCalledWith(expect.objectContaining({ itemId: 'tone', campaign: 'Spring 2027', scoredFor: 'Spring 2027' }));
    // The campaign is deleted: the score used its answers, so the panel scores the same read again without it.
    await store.getState().score(5);
    lists.mockResolvedValue(NO_LISTS);
    (api.rescore as ReturnType<typeof vi.fn>).mockResolvedValue(ok({ ...onSpring, lists: NO_LISTS, campaign: null }));
    await store.getState().listsChanged(null);
    expect(api.rescore).toHaveBeenCalledTimes(1);
    expect(store.getState().result).toMatchObject({ campaign: null });
    expect(campaignsOf(store)).toEqual([]);
  });

  it('keeps a campaign chosen in the header that the creator is not on when the lists change, rescoring only when it is gone', async () => {
    const lists = vi.fn(async () => ({ names: ['Spring', 'Autumn'], entries: [], campaigns: [], lastUsed: null }));
    const api = fakeApi({ shortlistState: lists });
    const store = createPanelStore(api);
    await store.getState().score(5);
    await store.getState().chooseCampaign('Autumn');
    expect(api.rescore).toHaveBeenCalledTimes(1);
    await store.getState().listsChanged(null);
    expect(api.rescore).toHaveBeenCalledTimes(1);
    lists.mockResolvedValue({ names: ['Spring'], entries: [], campaigns: [], lastUsed: null });
    await store.getState().listsChanged(null);
    expect(api.rescore).toHaveBeenCalledTimes(2);
  });

  it('answers as the creator\'s own when the score is for a campaign the creator is not on yet', async () => {
    const api = fakeApi({ readTab: vi.fn(async () => ok(scored('a', 'https://www.instagram.com/a/', { campaign: 'Spring', lists: { ...NO_LISTS, names: ['Spring'], lastUsed: 'Spring' } }))) });
    const store = createPanelStore(api);
    await store.getState().score(5);
    await store.getState().answer('content-style', 'yes');
    expect(api.answerItem).toHaveBeenCalledWith(expect.objectContaining({ itemId: 'content-style', campaign: null }));
  });
});
