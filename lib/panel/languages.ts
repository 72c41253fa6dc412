import type { StateCreator, StoreApi } from 'zustand';
import type { Comment, ProfileSnapshot } from '../core/model/snapshot';
import type { DetectLanguage } from '../core/scoring/audience/languages';
import { usableText } from '../core/scoring/audience/usable-text';
import type { ScoredCreator } from '../messaging/protocol';
import type { PanelApi, PanelState } from './store';

/** 'reading' while the panel's identifier reads the comments of the scorecard shown; 'failed' when it could not. */
export type LanguagesStatus = 'idle' | 'reading' | 'failed';

export interface LanguagesSlice {
  languages: LanguagesStatus;
  /** What the identifier read of this very snapshot, if it has: scoring it again (another campaign) reuses it. */
  languagesOf(snapshot: ProfileSnapshot): Array<string | null> | undefined;
}

/** What the background accepts as a comment's language (ISO 639-1, or a 3-letter code). */
const CODE = /^[a-z]{2,3}$/;
/** A few reads back is plenty: the panel shows one scorecard at a time. */
const KEEP = 8;

/** One read of one page: the same snapshot scored again (another campaign, an answer) has the same key. */
const keyOf = (s: ProfileSnapshot) => `${s.platform}:${s.handle}:${s.capturedAt}:${s.comments.length}`;

/**
 * Each comment's language, in the snapshot's order, as the background's 'score' takes it: the
 * platform's own tag where it gave one, else the identifier's reading of the comment's words;
 * null where the comment has under 3 words once emoji, mentions, links and tags are gone.
 */
export function readLanguages(comments: readonly Comment[], detect: DetectLanguage): Array<string | null> {
  return comments.map((c) => {
    const text = usableText(c.text);
    if (!text) return null;
    const lang = c.language && CODE.test(c.language) ? c.language : detect(text);
    return lang && CODE.test(lang) ? lang : null;
  });
}

/**
 * The scorecard's comments need the panel's identifier: the background never loads it, so a read
 * with comments the platform did not all tag comes back with no languages (source null).
 */
export function needsLanguages(result: ScoredCreator): boolean {
  const a = result.score.audience;
  return a !== null && a.source === null && a.usable > 0 && result.snapshot.comments.length > 0;
}

/** The languages read per snapshot, shared by the slice (which answers) and the reader (which writes). */
export class LanguageCache {
  private readonly read = new Map<string, Array<string | null>>();
  get(snapshot: ProfileSnapshot): Array<string | null> | undefined {
    return this.read.get(keyOf(snapshot));
  }
  set(snapshot: ProfileSnapshot, langs: Array<string | null>): void {
    this.read.set(keyOf(snapshot), langs);
    while (this.read.size > KEEP) this.read.delete(this.read.keys().next().value!);
  }
}

export const createLanguagesSlice = (cache: LanguageCache): StateCreator<PanelState, [], [], LanguagesSlice> => () => ({
  languages: 'idle',
  languagesOf: (snapshot) => cache.get(snapshot),
});

/**
 * Once per read, off the first screen: when a scorecard arrives whose comments were not read, loads
 * the identifier (its own chunk, fetched on first use), reads each comment, and asks the background
 * to score the held snapshot again with them, stored as the read was (the same visit replaced, so
 * the history's top language is kept). A scorecard this produced never triggers another: no loops.
 * A newer read meanwhile wins; it reads its own languages. Returns the unsubscribe.
 */
export function readLanguagesOnResult(store: StoreApi<PanelState>, api: Pick<PanelApi, 'rescore'>, load: () => Promise<DetectLanguage>, cache: LanguageCache): () => void {
  let detector: Promise<DetectLanguage> | null = null;
  const ours = new WeakSet<ScoredCreator>();
  const current = (result: ScoredCreator) => store.getState().result === result;

  async function run(result: ScoredCreator, tabId: number): Promise<void> {
    store.setState({ languages: 'reading' });
    try {
      let detected = cache.get(result.snapshot);
      if (!detected) {
        detector ??= load();
        const detect = await detector.catch((err: unknown) => { detector = null; throw err; });
        detected = readLanguages(result.snapshot.comments, detect);
        cache.set(result.snapshot, detected);
      }
      if (!current(result)) return;
      const outcome = await api.rescore(tabId, result.snapshot, store.getState().campaign, { detectedLanguages: detected, store: result.stored });
      if (!current(result)) return;
      if (!outcome.ok) {
        store.setState({ languages: 'failed' });
        return;
      }
      const value = { ...outcome.value, stored: result.stored };
      ours.add(value);
      store.setState({ result: value, lists: value.lists, languages: 'idle' });
    } catch {
      if (current(result)) store.setState({ languages: 'failed' });
    }
  }

  return store.subscribe((state, prev) => {
    const { result, tabId } = state;
    if (result === prev.result || (result && ours.has(result))) return;
    if (result && tabId !== null && needsLanguages(result)) void run(result, tabId);
    else if (state.languages !== 'idle') store.setState({ languages: 'idle' });
  });
}
