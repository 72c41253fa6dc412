import { describe, expect, it, vi } from 'vitest';
import type { ResponseOf, ScoredCreator } from '@/lib/messaging/protocol';
import { createPanelStore, type PanelApi } from '@/lib/state/panel-store';
import { score } from '@/lib/scoring/score';
import { makeSnapshot } from '../../helpers/snapshots';

function scored(handle: string, pageUrl: string): ScoredCreator {
  const snapshot = makeSnapshot({ handle, displayName: handle });
  return { creatorId: `instagram:${handle}`, snapshot, score: score(snapshot), history: [], shortlistedIn: [], pageUrl, campaign: null };
}

function fakeApi(over: Partial<PanelApi> = {}): PanelApi {
  return {
    scoreTab: vi.fn(async () => ({ ok: true as const, value: scored('a', 'https://www.instagram.com/a/') })),
    answerItem: vi.fn(async () => ({ answers: {} })),
    shortlistState: vi.fn(async () => ({ names: [], entries: [] })),
    saveEntry: vi.fn(async (r) => ({ names: [r.shortlistName], entries: [{ entryId: 1, shortlist: r.shortlistName, status: r.status, tags: r.tags, notes: r.notes, quotedRate: r.quotedRate }] })),
    ...over,
  };
}

describe('panel store', () => {
  it('scores its tab, remembers the address read, and loads the shortlists', async () => {
    const api = fakeApi();
    const store = createPanelStore(api);
    await store.getState().score(5, { reuse: true });
    expect(api.scoreTab).toHaveBeenCalledWith(5, true, null);
    expect(store.getState()).toMatchObject({ status: 'ready', tabId: 5, url: 'https://www.instagram.com/a/', reads: 1 });
    await vi.waitFor(() => expect(store.getState().lists).toEqual({ names: [], entries: [] }));
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
    let releaseSlow: (v: ResponseOf<'score-tab'>) => void = () => undefined;
    const slow = new Promise<ResponseOf<'score-tab'>>((r) => { releaseSlow = r; });
    const scoreTab = vi.fn()
      .mockReturnValueOnce(slow)
      .mockResolvedValueOnce({ ok: true, value: scored('b', 'https://www.instagram.com/b/') });
    const store = createPanelStore(fakeApi({ scoreTab }));
    const first = store.getState().score(5);
    await store.getState().score(5);
    releaseSlow({ ok: true, value: scored('a', 'https://www.instagram.com/a/') });
    await first;
    expect(store.getState().result?.snapshot.handle).toBe('b');
  });

  it('shows a typed failure and a reload hint when the background cannot be reached', async () => {
    const store = createPanelStore(fakeApi({ scoreTab: vi.fn(async () => { throw new Error('Receiving end does not exist'); }) }));
    await store.getState().score(5);
    expect(store.getState()).toMatchObject({ status: 'failed', error: { reason: 'reload-needed' } });
    expect(store.getState().error?.message).toMatch(/Reload the page/);
  });

  it('saves an entry and reflects the lists the creator is on', async () => {
    const api = fakeApi();
    const store = createPanelStore(api);
    await store.getState().score(5);
    await store.getState().saveEntry({ shortlistName: 'Autumn', status: 'contacted', tags: ['diy'], notes: 'n', quotedRate: { amount: 250, currency: 'EUR' } });
    expect(api.saveEntry).toHaveBeenCalledWith({ creatorId: 'instagram:a', shortlistName: 'Autumn', status: 'contacted', tags: ['diy'], notes: 'n', quotedRate: { amount: 250, currency: 'EUR' } });
    expect(store.getState().result?.shortlistedIn).toEqual(['Autumn']);
    // Its first list now holds the answers it was scored with.
    expect(store.getState().result?.campaign).toBe('Autumn');
    expect(store.getState().saving).toBe(false);
  });

  it('answers a manual item, then reads again so the value fit shows it', async () => {
    const api = fakeApi();
    const store = createPanelStore(api);
    await store.getState().score(5);
    await store.getState().answer('content-style', 'yes');
    expect(api.answerItem).toHaveBeenCalledWith('instagram:a', 'content-style', 'yes', null);
    expect(api.scoreTab).toHaveBeenCalledTimes(2);
    expect(api.scoreTab).toHaveBeenLastCalledWith(5, false, null);
  });

  it('answers for the campaign the score used, switches campaign on request, and carries the choice to the next creator', async () => {
    const onLists = { ...scored('a', 'https://www.instagram.com/a/'), shortlistedIn: ['Autumn', 'Spring'], campaign: 'Spring' };
    const scoreTab = vi.fn(async (_tab: number, _reuse: boolean, campaign: string | null) => ({ ok: true as const, value: { ...onLists, campaign: campaign ?? 'Spring' } }));
    const api = fakeApi({ scoreTab });
    const store = createPanelStore(api);
    await store.getState().score(5);
    expect(store.getState().result?.campaign).toBe('Spring');
    await store.getState().answer('content-style', 'no');
    expect(api.answerItem).toHaveBeenCalledWith('instagram:a', 'content-style', 'no', 'Spring');
    await store.getState().chooseCampaign('Autumn');
    expect(scoreTab).toHaveBeenLastCalledWith(5, true, 'Autumn');
    expect(store.getState().result?.campaign).toBe('Autumn');
    await store.getState().score(5);
    expect(scoreTab).toHaveBeenLastCalledWith(5, false, 'Autumn');
  });

  it('follows a campaign renamed in the dashboard, and scores again when the campaign it used is deleted', async () => {
    const onSpring = { ...scored('a', 'https://www.instagram.com/a/'), shortlistedIn: ['Spring'], campaign: 'Spring' };
    const entry = (shortlist: string) => ({ entryId: 1, shortlist, status: 'prospect' as const, tags: [], notes: '', quotedRate: null });
    const lists = vi.fn(async () => ({ names: ['Spring 2027'], entries: [entry('Spring 2027')] }));
    const api = fakeApi({ scoreTab: vi.fn(async () => ({ ok: true as const, value: onSpring })), shortlistState: lists });
    const store = createPanelStore(api);
    await store.getState().score(5);
    await store.getState().listsChanged({ from: 'Spring', to: 'Spring 2027' });
    expect(store.getState()).toMatchObject({ campaign: 'Spring 2027', result: { campaign: 'Spring 2027', shortlistedIn: ['Spring 2027'] } });
    expect(api.scoreTab).toHaveBeenCalledTimes(1);
    // Answers now go to the list under its new name.
    await store.getState().answer('tone', 'yes');
    expect(api.answerItem).toHaveBeenCalledWith('instagram:a', 'tone', 'yes', 'Spring 2027');
    // The campaign is deleted: the score used its answers, so the panel scores again without it.
    lists.mockResolvedValue({ names: [], entries: [] });
    (api.scoreTab as ReturnType<typeof vi.fn>).mockResolvedValue({ ok: true, value: { ...onSpring, shortlistedIn: [], campaign: null } });
    const calls = (api.scoreTab as ReturnType<typeof vi.fn>).mock.calls.length;
    await store.getState().listsChanged(null);
    expect((api.scoreTab as ReturnType<typeof vi.fn>).mock.calls.length).toBe(calls + 1);
    expect(store.getState().result).toMatchObject({ campaign: null, shortlistedIn: [] });
  });
});
