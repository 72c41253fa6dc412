import { setAnswer } from '../store/answers';
import { panelShortlists, saveEntry } from '../store/panel-queries';
import { db } from '../store/schema';
import { deleteBrand, loadBrands, saveBrand } from '../store/settings';
import { brandForCampaign, DEFAULT_BRAND } from '../core/model/brand';
import { briefOf } from '../core/model/campaign';
import { lastVisit, scoreAndStoreVisit, scoreWithoutStoring, type ScoreWith } from '../store/visits';
import type { ProfileSnapshot } from '../core/model/snapshot';
import type { RequestOf, ResponseOf, ScoredCreator } from '../messaging/protocol';
import { score } from '../core/scoring/score';
import type { DetectLanguage } from '../core/scoring/audience/languages';
import { usableText } from '../core/scoring/audience/usable-text';

/** The panel's reading of each comment's language, as a detector over the same comments' usable text. */
export function detectorFrom(snapshot: ProfileSnapshot, detected: ReadonlyArray<string | null> | undefined): DetectLanguage | undefined {
  if (!detected || detected.length !== snapshot.comments.length) return undefined;
  const byText = new Map(snapshot.comments.map((c, i) => [usableText(c.text), detected[i] ?? null]));
  return (text) => byText.get(text) ?? null;
}

/**
 * Scores a page read with the campaign's answers and, when the scout asked for it (Score, Score
 * again, the on-page button, Add to, an answer), stores it as this visit; otherwise it only reads
 * the stored history. Either way the panel gets everything it shows in one answer, lists included.
 */
export async function scoreRead(snapshot: ProfileSnapshot, campaign: string | null, store: boolean, pageUrl?: string, detectLanguage?: DetectLanguage): Promise<ScoredCreator> {
  const brands = await loadBrands(db());
  const now = new Date(snapshot.capturedAt);
  const scoreWith: ScoreWith = (history, answers, visits, list) => {
    const brief = list ? briefOf(list) : null;
    return score(snapshot, { history, answers, brand: brandForCampaign(brands, brief), now, visits, languages: brief?.languages ?? [], ...(detectLanguage ? { detectLanguage } : {}) });
  };
  const visit = store ? await scoreAndStoreVisit(db(), snapshot, campaign, scoreWith) : await scoreWithoutStoring(db(), snapshot, campaign, scoreWith);
  const lists = await panelShortlists(db(), visit.creatorId);
  const brandName = lists.campaigns.find((c) => c.name === visit.campaign)?.brandName ?? (brands[0] ?? DEFAULT_BRAND).name;
  return {
    creatorId: visit.creatorId, snapshot, score: visit.score, history: visit.history,
    ...(pageUrl ? { pageUrl } : {}), campaign: visit.campaign, brandName, stored: store, lists,
  };
}

/** Adds or replaces a brand by its id; answers with the brand as saved and every brand. */
export async function saveBrandProfile({ brand }: RequestOf<'save-brand'>): Promise<ResponseOf<'save-brand'>> {
  const brands = await saveBrand(db(), brand);
  return { brand: brands.find((b) => b.id === brand.id) ?? brands[0] ?? brand, brands };
}

/** The first brand (what the CLI and the demo set up) and every brand. */
export async function loadBrandProfile(): Promise<ResponseOf<'load-brand'>> {
  const brands = await loadBrands(db());
  return { brand: brands[0] ?? DEFAULT_BRAND, brands };
}

export async function deleteBrandProfile({ id }: RequestOf<'delete-brand'>): Promise<ResponseOf<'delete-brand'>> {
  return { brands: await deleteBrand(db(), id) };
}

/** An answer is an action on this creator: an unsaved read is stored first, then scored again with the answer. */
export async function answerItem({ creatorId, itemId, answer, campaign, unsaved, scoredFor }: RequestOf<'answer-item'>): Promise<ResponseOf<'answer-item'>> {
  // Stored on `campaign`'s entry (null: the creator's own answers), scored again for the campaign shown.
  const shown = scoredFor ?? campaign ?? null;
  if (unsaved) await scoreRead(unsaved, shown, true);
  await setAnswer(db(), creatorId, itemId, answer, campaign);
  const visit = await lastVisit(db(), creatorId);
  if (!visit) throw new Error(`No stored visit of ${creatorId}.`);
  return { ok: true, value: await scoreRead(visit, shown, true) };
}

export async function shortlistState({ creatorId }: RequestOf<'shortlist-state'>): Promise<ResponseOf<'shortlist-state'>> {
  return panelShortlists(db(), creatorId);
}

/** Add to (or edit) a campaign: an unsaved read is stored first, so the entry has its visit. */
export async function saveShortlistEntry({ creatorId, shortlistName, unsaved, ...fields }: RequestOf<'save-entry'>): Promise<ResponseOf<'save-entry'>> {
  if (unsaved) await scoreRead(unsaved, shortlistName, true);
  return saveEntry(db(), creatorId, shortlistName, fields, new Date().toISOString());
}
