import type { ProfileSnapshot } from '../core/model/snapshot';
import type { Scorecard } from '../core/model/scorecard';
import { summaryOf } from '../core/scoring/summary-of';
import { compacted, FULL_SNAPSHOTS_PER_CREATOR, rowsToCompact } from './compact';
import { listNamed } from './list-names';
import { lastCampaign } from './settings';
import type { CreatorRow, EntryRow, MicroscopeDb, ShortlistRow, SnapshotRow } from './schema';
import { repaired, SnapshotRowSchema } from '../core/model/rows';

/** Handles are case-insensitive on every platform (YouTube shows "@ByteSizedBench"). */
export function creatorIdOf(s: Pick<ProfileSnapshot, 'platform' | 'handle'>): string {
  return `${s.platform}:${s.handle.toLowerCase()}`;
}

/** Two reads of the same creator this close together are one visit. */
const SAME_VISIT_MS = 10 * 60 * 1000;

/** The visits before this one: a read minutes ago is this same visit, which storing replaces. */
export function earlierVisits(history: ProfileSnapshot[], capturedAt: string): ProfileSnapshot[] {
  const now = Date.parse(capturedAt);
  return history.filter((s) => now - Date.parse(s.capturedAt) >= SAME_VISIT_MS);
}

/** What a visit is scored with: the earlier visits and one campaign's manual answers. */
export interface CreatorContext {
  history: ProfileSnapshot[];
  answers: NonNullable<CreatorRow['answers']>;
  /**
   * The campaign the score is for: its brief and brand were used, and its answers when the
   * creator is on it (else the creator's newest entry's). Null before any campaign exists.
   */
  campaign: string | null;
}

/** The creator's entry on the shortlist of that name, if it is on it. */
export async function entryOn(db: MicroscopeDb, creatorId: string, shortlistName: string): Promise<EntryRow | undefined> {
  const list = await listNamed(db, shortlistName);
  return list?.id === undefined ? undefined : db.entries.where('[shortlistId+creatorId]').equals([list.id, creatorId]).first();
}

/**
 * A creator's stored visits, each checked on read (HOUSE principle 5): a row an older build or a
 * hand edit left malformed is repaired with defaults where zod can, and otherwise left out of the
 * history (it stays in the table, untouched), never allowed to break scoring.
 */
async function visitsOf(db: MicroscopeDb, creatorId: string): Promise<SnapshotRow[]> {
  const rows = await db.snapshots.where('[creatorId+capturedAt]').between([creatorId, ''], [creatorId, '\uffff']).toArray();
  return rows.map((r) => repaired(SnapshotRowSchema, r)).filter((r): r is SnapshotRow => r !== null);
}

/** The campaign of the creator's most recently edited entry; null when it is on none. */
async function newestCampaignOf(db: MicroscopeDb, creatorId: string): Promise<string | null> {
  const entry = (await db.entries.where('creatorId').equals(creatorId).toArray()).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  return entry ? (await db.shortlists.get(entry.shortlistId))?.name ?? null : null;
}

/**
 * The manual answers to score with. Answers belong to a campaign: the creator's entry on the
 * campaign scored for when it is on it; else the scout's own answers for the creator (what an
 * entry copies when the creator is added), so the answer typed is the answer shown. Call inside a
 * transaction over creators, shortlists and entries.
 */
async function answersFor(db: MicroscopeDb, creatorId: string, creator: CreatorRow | undefined, scoredFor: ShortlistRow | null): Promise<CreatorContext['answers']> {
  const entry = scoredFor ? await entryOn(db, creatorId, scoredFor.name) : undefined;
  return entry ? entry.answers ?? {} : creator?.answers ?? {};
}

/**
 * Writes one visit, given the creator's stored visits and row as read in the same transaction:
 * the creator row is upserted, its full scorecard replaced and the snapshot appended. The key is
 * platform and handle, so two tabs saving at once end with one creator; older visits lose their
 * posts (see compact.ts).
 */
async function storeVisit(db: MicroscopeDb, snapshot: ProfileSnapshot, score: Scorecard, earlier: SnapshotRow[], previous: CreatorRow | undefined): Promise<void> {
  const creatorId = creatorIdOf(snapshot);
  await db.creators.put({
    ...(previous?.answers ? { answers: previous.answers } : {}),
    id: creatorId,
    platform: snapshot.platform,
    handle: snapshot.handle,
    displayName: snapshot.displayName,
    profileUrl: snapshot.profileUrl,
    // A post or video page shows no follower count: the creator keeps the last one a visit showed.
    ...(snapshot.followers === null && previous
      ? { followers: previous.followers, followersApproximate: previous.followersApproximate }
      : { followers: snapshot.followers, followersApproximate: snapshot.approximate.includes('followers') }),
    lastScoredAt: snapshot.capturedAt,
    lastScore: summaryOf(score, { isPrivate: snapshot.isPrivate === true }),
    scoreSource: 'visit',
    links: previous?.links ?? [],
  });
  await db.scorecards.put({ creatorId, scoredAt: snapshot.capturedAt, scorecard: score });
  // Rescoring moments later (an answer, "Score again") is the same visit: replace it, so the
  // follower history gets one point per visit and not one per click.
  const last = newest(earlier);
  // A post page read after the profile does not replace the visit that showed the follower count.
  const sameVisit = last?.id !== undefined && Date.parse(snapshot.capturedAt) - Date.parse(last.capturedAt) < SAME_VISIT_MS
    && Date.parse(snapshot.capturedAt) >= Date.parse(last.capturedAt)
    && (snapshot.followers !== null || last.snapshot.followers === null)
    // Another post opened minutes later is another page, kept: repeat commenters count the posts the scout opened.
    && samePage(snapshot, last.snapshot);
  if (sameVisit && last?.id !== undefined) await db.snapshots.put({ id: last.id, creatorId, capturedAt: snapshot.capturedAt, snapshot });
  else await db.snapshots.add({ creatorId, capturedAt: snapshot.capturedAt, snapshot });
  const before = sameVisit ? earlier.filter((r) => r !== last) : earlier;
  // The new visit counts as the newest full one, so keep one fewer of the earlier ones.
  const stale = rowsToCompact(before, FULL_SNAPSHOTS_PER_CREATOR - 1);
  if (stale.length) await db.snapshots.bulkPut(stale.map(compacted));
}

export interface ScoredVisit extends CreatorContext {
  creatorId: string;
  score: Scorecard;
  /** The shortlists the creator is on, by name. */
  shortlistedIn: string[];
}

/**
 * Scores a page read against the creator's history and answers, for a campaign (its brief and
 * brand; null: none yet): pure and synchronous, so the transaction stays open.
 */
export type ScoreWith = (history: ProfileSnapshot[], answers: CreatorContext['answers'], visits: ProfileSnapshot[], campaign: ShortlistRow | null) => Scorecard;

/**
 * The click-to-scorecard path: reads the creator's visits and answers once, scores the page
 * against the earlier visits, and stores the visit, all in one transaction: a racing tab cannot
 * slip a visit in between what was scored against and what is written.
 */
export function scoreAndStoreVisit(db: MicroscopeDb, snapshot: ProfileSnapshot, campaign: string | null, scoreWith: ScoreWith): Promise<ScoredVisit> {
  return scoreVisit(db, snapshot, campaign, scoreWith, true);
}

/**
 * The same scoring, against the same stored visits and answers, but writing nothing: a read made
 * while the panel follows the tab, or scored again for another campaign, leaves no trace in the
 * scout's history (a page script pushing addresses must not plant visits).
 */
export function scoreWithoutStoring(db: MicroscopeDb, snapshot: ProfileSnapshot, campaign: string | null, scoreWith: ScoreWith): Promise<ScoredVisit> {
  return scoreVisit(db, snapshot, campaign, scoreWith, false);
}

function scoreVisit(db: MicroscopeDb, snapshot: ProfileSnapshot, campaign: string | null, scoreWith: ScoreWith, store: boolean): Promise<ScoredVisit> {
  const creatorId = creatorIdOf(snapshot);
  const tables = [db.creators, db.snapshots, db.shortlists, db.entries, db.settings, ...(store ? [db.scorecards] : [])];
  return db.transaction(store ? 'rw' : 'r', tables, async () => {
    const earlier = await visitsOf(db, creatorId);
    const previous = await db.creators.get(creatorId);
    const scoredFor = await campaignToScoreFor(db, campaign, await newestCampaignOf(db, creatorId));
    const answers = await answersFor(db, creatorId, previous, scoredFor);
    const visits = earlier.map((r) => r.snapshot);
    const history = earlierVisits(visits, snapshot.capturedAt);
    const score = scoreWith(history, answers, visits, scoredFor);
    if (store) {
      await storeVisit(db, snapshot, score, earlier, previous);
      await scoreEveryEntry(db, snapshot, score, scoredFor, (entry, list) => scoreWith(history, entry.answers ?? {}, visits, list));
    }
    return { creatorId, score, history, answers, campaign: scoredFor?.name ?? null, shortlistedIn: await shortlistsOf(db, creatorId) };
  });
}

/**
 * The campaign a score is for: the one the scout picked, else the one whose answers apply (the
 * creator's newest entry), else the one the scout last added a creator to, so "Add to" and the
 * brief the header names agree. Null before the first campaign exists.
 */
async function campaignToScoreFor(db: MicroscopeDb, requested: string | null, answering: string | null): Promise<ShortlistRow | null> {
  for (const name of [requested, answering, await lastCampaign(db)]) {
    const list = name ? await listNamed(db, name) : undefined;
    if (list) return list;
  }
  return null;
}

/**
 * Each campaign the creator is on keeps its own score of this visit (its brand, its brief, its
 * answers), so the team table judges a creator on "Spring" for Spring even when the panel scored
 * it for "Autumn". The campaign just scored reuses that score; the others are scored here, in the
 * same transaction.
 */
async function scoreEveryEntry(db: MicroscopeDb, snapshot: ProfileSnapshot, scored: Scorecard, scoredFor: ShortlistRow | null, scoreFor: (entry: EntryRow, list: ShortlistRow) => Scorecard): Promise<void> {
  const page = { isPrivate: snapshot.isPrivate === true };
  for (const entry of await db.entries.where('creatorId').equals(creatorIdOf(snapshot)).toArray()) {
    const list = await db.shortlists.get(entry.shortlistId);
    if (entry.id === undefined || !list) continue;
    const card = list.id === scoredFor?.id ? scored : scoreFor(entry, list);
    await db.entries.update(entry.id, { score: summaryOf(card, page) });
  }
}

/** Two reads show the same page: both the profile (it shows followers), or the same post's page. */
function samePage(a: ProfileSnapshot, b: ProfileSnapshot): boolean {
  if (a.followers !== null && b.followers !== null) return true;
  const ids = (s: ProfileSnapshot) => s.posts.map((p) => p.id).sort().join(' ');
  return ids(a) === ids(b);
}

const newest = (rows: SnapshotRow[]): SnapshotRow | undefined => rows.reduce<SnapshotRow | undefined>((a, r) => (!a || r.capturedAt > a.capturedAt ? r : a), undefined);

/** The newest stored visit of a creator, to score again without reading the page (after an answer). */
export async function lastVisit(db: MicroscopeDb, creatorId: string): Promise<ProfileSnapshot | null> {
  return newest(await visitsOf(db, creatorId))?.snapshot ?? null;
}

/** The names of the shortlists a creator is on. */
export async function shortlistsOf(db: MicroscopeDb, creatorId: string): Promise<string[]> {
  const entries = await db.entries.where('creatorId').equals(creatorId).toArray();
  const lists = await db.shortlists.bulkGet(entries.map((e) => e.shortlistId));
  return lists.filter((l): l is ShortlistRow => l !== undefined).map((l) => l.name);
}

/** Stores a visit already scored, through the same transaction as scoreAndStoreVisit (seeding, tests, the bench). */
export async function saveSnapshot(db: MicroscopeDb, snapshot: ProfileSnapshot, score: Scorecard): Promise<{ creatorId: string; history: ProfileSnapshot[] }> {
  const visit = await scoreAndStoreVisit(db, snapshot, null, () => score);
  return { creatorId: visit.creatorId, history: visit.history };
}
