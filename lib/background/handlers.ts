import { browser } from 'wxt/browser';
import { addToShortlist } from '../db/queries';
import { scoreAndStoreVisit } from '../db/visits';
import { setAnswer } from '../db/answers';
import { loadBrand, saveBrand } from '../db/settings';
import { db } from '../db/schema';
import type { RequestOf, ResponseOf } from '../messaging/protocol';
import { sendToTab } from '../messaging/client';
import { platformFor } from '../platforms';
import { score } from '../scoring/score';
import { createScoreCache } from './score-cache';
import type { ProfileSnapshot } from '../model/snapshot';

const NOT_A_PROFILE = 'Open a creator’s Instagram, TikTok or YouTube profile, then score it.';

// The on-page button reads the tab and the panel it opens asks again a moment later: one read serves both.
const recent = createScoreCache<ResponseOf<'score-tab'>>(5_000, () => Date.now());

/** A closed tab's cached read would otherwise live until the service worker restarts. */
export function forgetTab(tabId: number): void {
  recent.forget(tabId);
}

/** Reads the creator in a tab through its content script, stores the visit and scores it. */
export async function scoreTab({ tabId, reuse, campaign }: RequestOf<'score-tab'>): Promise<ResponseOf<'score-tab'>> {
  const tab = await browser.tabs.get(tabId);
  // Without the "tabs" permission, url is only visible on our three hosts: anything else is not a profile.
  const url = tab.url ?? '';
  const read = () => readAndStore(tabId, url, campaign ?? null);
  const outcome = await (reuse ? recent.reuseOr(tabId, url, read) : recent.fresh(tabId, url, read));
  // A reused read was scored for another campaign: score the same page read again, without reading the page.
  if (outcome.ok && campaign && outcome.value.campaign !== campaign) return scoreAndStore(outcome.value.snapshot, url, campaign);
  return outcome;
}

async function readAndStore(tabId: number, url: string, campaign: string | null): Promise<ResponseOf<'score-tab'>> {
  const platform = platformFor(url);
  if (!platform || !platform.isCreatorPage(new URL(url))) {
    return { ok: false, error: { reason: 'not-a-profile', missing: [], message: `This page is not a profile. ${NOT_A_PROFILE}` } };
  }
  let captured: ResponseOf<'capture'>;
  try {
    captured = await sendToTab(tabId, 'capture', {});
  } catch {
    return { ok: false, error: { reason: 'reload-needed', missing: [], message: 'Microscope cannot see this page yet. Reload the page, then score again.' } };
  }
  if (!captured.ok) return captured;
  return scoreAndStore(captured.value, url, campaign);
}

/** Scores a page read with the campaign's answers and stores it as this visit. */
async function scoreAndStore(snapshot: ProfileSnapshot, url: string, campaign: string | null): Promise<ResponseOf<'score-tab'>> {
  const brand = await loadBrand(db());
  const now = new Date(snapshot.capturedAt);
  const visit = await scoreAndStoreVisit(db(), snapshot, campaign, (history, answers, visits) => score(snapshot, { history, answers, brand, now, visits }));
  return { ok: true, value: { creatorId: visit.creatorId, snapshot, score: visit.score, history: visit.history, shortlistedIn: visit.shortlistedIn, pageUrl: url, campaign: visit.campaign } };
}

export async function addCreatorToShortlist({ creatorId, shortlistName }: RequestOf<'add-to-shortlist'>): Promise<ResponseOf<'add-to-shortlist'>> {
  return { shortlistedIn: await addToShortlist(db(), creatorId, shortlistName, new Date().toISOString()) };
}

export async function saveBrandProfile({ brand }: RequestOf<'save-brand'>): Promise<ResponseOf<'save-brand'>> {
  await saveBrand(db(), brand);
  return { brand: await loadBrand(db()) };
}

export async function loadBrandProfile(): Promise<ResponseOf<'load-brand'>> {
  return { brand: await loadBrand(db()) };
}

export async function answerItem({ creatorId, itemId, answer, campaign }: RequestOf<'answer-item'>): Promise<ResponseOf<'answer-item'>> {
  return { answers: await setAnswer(db(), creatorId, itemId, answer, campaign) };
}
