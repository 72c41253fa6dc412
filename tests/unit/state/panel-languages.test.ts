import { describe, expect, it, vi } from 'vitest';
import type { ProfileSnapshot } from '@/lib/core/model/snapshot';
import type { DetectLanguage } from '@/lib/core/scoring/audience/languages';
import { usableText } from '@/lib/core/scoring/audience/usable-text';
import { score } from '@/lib/core/scoring/score';
import type { ScoredCreator } from '@/lib/messaging/protocol';
import { needsLanguages, readLanguages } from '@/lib/panel/languages';
import { createPanelStore, type PanelApi, type RescoreOptions, type ScoredOutcome } from '@/lib/panel/store';
import { makeComment, makeSnapshot } from '../../helpers/snapshots';

// An injected identifier: the real one (eld) is the panel's to load, and is measured in its own test.
const detect: DetectLanguage = (t) => (/schön|wirklich/.test(t) ? 'de' : /lovely|colours/.test(t) ? 'en' : null);
const NO_LISTS = { names: [], entries: [], campaigns: [], lastUsed: null };

const withComments = (over: Partial<ProfileSnapshot> = {}) => makeSnapshot({
  handle: 'a',
  comments: [
    makeComment('Das ist wirklich sehr schön'),
    makeComment('lovely colours on this one 😍 @friend'),
    makeComment('ok 🔥'),
    makeComment('gracias por todo amiga', { language: 'es' }),
  ],
  ...over,
});

/** The background's scoring, with the panel's languages as it reads them (per comment, by its usable text). */
function scoredAs(snapshot: ProfileSnapshot, options: RescoreOptions = {}, over: Partial<ScoredCreator> = {}): ScoredCreator {
  const langs = options.detectedLanguages;
  const byText = langs ? new Map(snapshot.comments.map((c, i) => [usableText(c.text), langs[i] ?? null])) : null;
  const card = score(snapshot, byText ? { detectLanguage: (t) => byText.get(t) ?? null } : {});
  return { creatorId: `instagram:${snapshot.handle}`, snapshot, score: card, history: [], pageUrl: `https://www.instagram.com/${snapshot.handle}/`, campaign: null, brandName: 'B', stored: options.store ?? false, lists: NO_LISTS, ...over };
}

const ok = (value: ScoredCreator): ScoredOutcome => ({ ok: true, value });
const settle = () => new Promise((r) => setTimeout(r, 0));

function fakeApi(snapshot: ProfileSnapshot, over: Partial<PanelApi> = {}): PanelApi {
  return {
    readTab: vi.fn(async (_t: number, store: boolean) => ok(scoredAs(snapshot, { store }))),
    rescore: vi.fn(async (_t: number, s: ProfileSnapshot, campaign: string | null, options?: RescoreOptions) => ok(scoredAs(s, options, { campaign }))),
    answerItem: vi.fn(async () => ok(scoredAs(snapshot, { store: true }))),
    shortlistState: vi.fn(async () => NO_LISTS),
    saveEntry: vi.fn(async () => NO_LISTS),
    ...over,
  };
}

describe('readLanguages: each comment as the background takes it', () => {
  it('keeps the platform\'s tag, asks the identifier for the rest, and says null under 3 words', () => {
    expect(readLanguages(withComments().comments, detect)).toEqual(['de', 'en', null, 'es']);
  });

  it('says null where the identifier cannot tell or answers something that is not a language code', () => {
    const comments = [makeComment('one two three four'), makeComment('five six seven eight'), makeComment('nine ten eleven', { language: 'EN-us' })];
    const odd = vi.fn((t: string) => (t.startsWith('one') ? null : t.startsWith('five') ? 'Deutsch' : 'en'));
    expect(readLanguages(comments, odd)).toEqual([null, null, 'en']);
  });
});

describe('needsLanguages', () => {
  it('asks for the panel\'s identifier only when comments were left unread', () => {
    expect(needsLanguages(scoredAs(withComments()))).toBe(true);
    expect(needsLanguages(scoredAs(withComments(), { detectedLanguages: ['de', 'en', null, 'es'] }))).toBe(false);
    expect(needsLanguages(scoredAs(makeSnapshot({ comments: [] })))).toBe(false);
    const tagged = makeSnapshot({ comments: [makeComment('gracias por todo amiga', { language: 'es' })] });
    expect(needsLanguages(scoredAs(tagged))).toBe(false);
    const old = scoredAs(withComments());
    expect(needsLanguages({ ...old, score: { ...old.score, audience: null } })).toBe(false);
  });
});

describe('the panel reads comment languages lazily, once per read', () => {
  it('shows the scorecard first, then loads the identifier once and scores the held snapshot again with what it read', async () => {
    const snap = withComments();
    const api = fakeApi(snap);
    let loaded: (d: DetectLanguage) => void = () => undefined;
    const load = vi.fn(() => new Promise<DetectLanguage>((r) => { loaded = r; }));
    const store = createPanelStore(api, load);
    await store.getState().score(5);
    // The first screen is up while the identifier loads.
    expect(store.getState()).toMatchObject({ status: 'ready', reads: 1, languages: 'reading' });
    expect(store.getState().result?.score.audience?.source).toBeNull();
    loaded(detect);
    await vi.waitFor(() => expect(store.getState().languages).toBe('idle'));
    expect(api.rescore).toHaveBeenCalledTimes(1);
    expect(api.rescore).toHaveBeenCalledWith(5, snap, null, { detectedLanguages: ['de', 'en', null, 'es'], store: false });
    const audience = store.getState().result?.score.audience;
    expect(audience).toMatchObject({ source: 'detected', usable: 3, visible: 4 });
    expect(audience?.languages.map((l) => l.lang).sort()).toEqual(['de', 'en', 'es']);
    // The update is the same read, shown better: no new read counted, and the result it made starts nothing.
    expect(store.getState()).toMatchObject({ status: 'ready', reads: 1, result: { stored: false } });
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(api.rescore).toHaveBeenCalledTimes(1);
  });

  it('stores the same visit again when the read was stored, so the history keeps the top language', async () => {
    const api = fakeApi(withComments());
    const store = createPanelStore(api, async () => detect);
    await store.getState().score(5, { store: true });
    await vi.waitFor(() => expect(store.getState().result?.score.audience?.source).toBe('detected'));
    expect(api.rescore).toHaveBeenCalledWith(5, expect.anything(), null, expect.objectContaining({ store: true }));
    expect(store.getState().result?.stored).toBe(true);
  });

  it('reuses what it read: another campaign and an answer score the same snapshot without reading it twice', async () => {
    const snap = withComments();
    const api = fakeApi(snap);
    const load = vi.fn(async () => detect);
    const store = createPanelStore(api, load);
    await store.getState().score(5);
    await vi.waitFor(() => expect(store.getState().result?.score.audience?.source).toBe('detected'));

    await store.getState().chooseCampaign('Autumn');
    expect(api.rescore).toHaveBeenLastCalledWith(5, snap, 'Autumn', { detectedLanguages: ['de', 'en', null, 'es'] });
    expect(store.getState().result).toMatchObject({ campaign: 'Autumn', stored: false, score: { audience: { source: 'detected' } } });
    await settle();
    expect(api.rescore).toHaveBeenCalledTimes(2);

    // The background scores an answer without the panel's languages: they are sent once more, with the answer's visit kept.
    await store.getState().answer('x', 'yes');
    await vi.waitFor(() => expect(store.getState().result?.score.audience?.source).toBe('detected'));
    expect(api.rescore).toHaveBeenCalledTimes(3);
    expect(api.rescore).toHaveBeenLastCalledWith(5, snap, 'Autumn', { detectedLanguages: ['de', 'en', null, 'es'], store: true });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('lets a newer read win: languages read for a creator the panel has left are never sent', async () => {
    const first = withComments({ handle: 'a' });
    const second = withComments({ handle: 'b', capturedAt: '2026-11-20T12:05:00.000Z' });
    const readTab = vi.fn().mockResolvedValueOnce(ok(scoredAs(first))).mockResolvedValueOnce(ok(scoredAs(second)));
    const api = fakeApi(first, { readTab });
    let loaded: (d: DetectLanguage) => void = () => undefined;
    const store = createPanelStore(api, () => new Promise<DetectLanguage>((r) => { loaded = r; }));
    await store.getState().score(5);
    await store.getState().score(5);
    loaded(detect);
    await vi.waitFor(() => expect(store.getState().result?.score.audience?.source).toBe('detected'));
    expect(api.rescore).toHaveBeenCalledTimes(1);
    expect(vi.mocked(api.rescore).mock.calls[0]?.[1]).toBe(second);
    expect(store.getState().result?.snapshot.handle).toBe('b');
  });

  it('says it could not read them when the identifier fails to load, and tries again on the next read only', async () => {
    const api = fakeApi(withComments());
    const load = vi.fn().mockRejectedValueOnce(new Error('chunk failed')).mockResolvedValue(detect);
    const store = createPanelStore(api, load);
    await store.getState().score(5);
    await vi.waitFor(() => expect(store.getState().languages).toBe('failed'));
    expect(api.rescore).not.toHaveBeenCalled();
    expect(store.getState().status).toBe('ready');
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    await store.getState().score(5);
    await vi.waitFor(() => expect(store.getState().result?.score.audience?.source).toBe('detected'));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('says it could not read them when the background refuses the score, without asking again', async () => {
    const api = fakeApi(withComments(), { rescore: vi.fn(async () => ({ ok: false, error: { reason: 'reload-needed', missing: [], message: 'no' } }) as ScoredOutcome) });
    const store = createPanelStore(api, async () => detect);
    await store.getState().score(5);
    await vi.waitFor(() => expect(store.getState().languages).toBe('failed'));
    await settle();
    expect(api.rescore).toHaveBeenCalledTimes(1);
    expect(store.getState().result?.score.audience?.source).toBeNull();
  });

  it('leaves the identifier unloaded for pages whose comments the platform tagged, or with no comments', async () => {
    const tagged = makeSnapshot({ comments: [makeComment('gracias por todo amiga', { language: 'es' })] });
    const load = vi.fn(async () => detect);
    for (const snap of [tagged, makeSnapshot({ comments: [] })]) {
      const api = fakeApi(snap);
      const store = createPanelStore(api, load);
      await store.getState().score(5);
      await settle();
      expect(api.rescore).not.toHaveBeenCalled();
      expect(store.getState().languages).toBe('idle');
    }
    expect(load).not.toHaveBeenCalled();
  });

  it('reads nothing without an identifier to load (tests and pages that show no languages)', async () => {
    const api = fakeApi(withComments());
    const store = createPanelStore(api);
    await store.getState().score(5);
    await settle();
    expect(api.rescore).not.toHaveBeenCalled();
    expect(store.getState().languages).toBe('idle');
  });
});
