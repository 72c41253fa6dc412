import type { ProfileSnapshot } from '../model/snapshot';
import type { Scorecard } from '../model/scorecard';
import type { ScoreSummary } from '../model/score-summary';
import { summaryOf } from '../scoring/summary-of';
import { withAnswers } from '../scoring/entry-score';
import { compacted, FULL_SNAPSHOTS_PER_CREATOR, rowsToCompact } from './compact';
import { readCreator, readEntry } from './clean-rows';
import { repaired, ShortlistRowSchema } from './rows';
import type { CreatorRow, EntryRow, MicroscopeDb, ShortlistRow } from './schema';

/** Handles are case-insensitive on every platform (YouTube shows "@ByteSizedBench"). */
export function creatorIdOf(s: Pick<ProfileSnapshot, 'platform' | 'handle'>): string {
  return `${s.platform}:${s.handle.toLowerCase()}`;
}

export interface CreatorContext {
  history: ProfileSnapshot[];
  answers: NonNullable<CreatorRow['answers']>;
  /** The shortlist whose answers these are; null when the creator is on none. */
  campaign: string | null;
}

/**
 * Earlier visits of a creator, oldest first, and the manual answers to score with. Answers
 * belong to a campaign: its entry on `campaign` when it is on that list, else its most recently
 * edited entry, else (on no list yet) the scout's latest answers for the creator.
 */
export async function creatorContext(db: MicroscopeDb, creatorId: string, campaign?: string | null): Promise<CreatorContext> {
  return db.transaction('r', db.creators, db.snapshots, db.shortlists, db.entries, async () => {
    const rows = await db.snapshots.where('[creatorId+capturedAt]').between([creatorId, ''], [creatorId, '\uffff']).toArray();
    const history = rows.map((r) => r.snapshot);
    const wanted = campaign ? await entryOn(db, creatorId, campaign) : undefined;
    const entry = wanted ?? (await db.entries.where('creatorId').equals(creatorId).toArray()).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
    const list = entry ? await db.shortlists.get(entry.shortlistId) : undefined;
    if (entry && list) return { history, answers: entry.answers ?? {}, campaign: list.name };
    return { history, answers: (await db.creators.get(creatorId))?.answers ?? {}, campaign: null };
  });
}

/** The creator's entry on the shortlist of that name, if it is on it. */
export async function entryOn(db: MicroscopeDb, creatorId: string, shortlistName: string): Promise<EntryRow | undefined> {
  const list = await db.shortlists.where('name').equals(shortlistName).first();
  return list?.id === undefined ? undefined : db.entries.where('[shortlistId+creatorId]').equals([list.id, creatorId]).first();
}

/**
 * Stores one visit: the creator row is upserted and the snapshot appended, atomically.
 * The creator's key is its platform and handle, so two tabs saving at once end with one
 * creator; older visits lose their posts (see compact.ts) in the same transaction.
 */
/** Two reads of the same creator this close together are one visit. */
const SAME_VISIT_MS = 10 * 60 * 1000;

/** The visits before this one: a read minutes ago is this same visit, which saveSnapshot replaces. */
export function earlierVisits(history: ProfileSnapshot[], capturedAt: string): ProfileSnapshot[] {
  const now = Date.parse(capturedAt);
  return history.filter((s) => now - Date.parse(s.capturedAt) >= SAME_VISIT_MS);
}

export async function saveSnapshot(db: MicroscopeDb, snapshot: ProfileSnapshot, score: Scorecard): Promise<{ creatorId: string; history: ProfileSnapshot[] }> {
  const creatorId = creatorIdOf(snapshot);
  return db.transaction('rw', db.creators, db.snapshots, db.scorecards, async () => {
    const earlier = await db.snapshots.where('[creatorId+capturedAt]').between([creatorId, ''], [creatorId, '\uffff']).toArray();
    const previous = await db.creators.get(creatorId);
    const row: CreatorRow = {
      ...(previous?.answers ? { answers: previous.answers } : {}),
      id: creatorId,
      platform: snapshot.platform,
      handle: snapshot.handle,
      displayName: snapshot.displayName,
      profileUrl: snapshot.profileUrl,
      followers: snapshot.followers,
      followersApproximate: snapshot.approximate.includes('followers'),
      lastScoredAt: snapshot.capturedAt,
      lastScore: summaryOf(score),
      scoreSource: 'visit',
      links: previous?.links ?? [],
    };
    await db.creators.put(row);
    await db.scorecards.put({ creatorId, scoredAt: snapshot.capturedAt, scorecard: score });
    // Rescoring moments later (an answer, "Score again") is the same visit: replace it, so the
    // follower history gets one point per visit and not one per click.
    const last = earlier.reduce<(typeof earlier)[number] | undefined>((a, r) => (!a || r.capturedAt > a.capturedAt ? r : a), undefined);
    const sameVisit = last?.id !== undefined && Date.parse(snapshot.capturedAt) - Date.parse(last.capturedAt) < SAME_VISIT_MS
      && Date.parse(snapshot.capturedAt) >= Date.parse(last.capturedAt);
    if (sameVisit && last?.id !== undefined) await db.snapshots.put({ id: last.id, creatorId, capturedAt: snapshot.capturedAt, snapshot });
    else await db.snapshots.add({ creatorId, capturedAt: snapshot.capturedAt, snapshot });
    const before = sameVisit ? earlier.filter((r) => r !== last) : earlier;
    // The new visit counts as the newest full one, so keep one fewer of the earlier ones.
    const stale = rowsToCompact(before, FULL_SNAPSHOTS_PER_CREATOR - 1);
    if (stale.length) await db.snapshots.bulkPut(stale.map(compacted));
    return { creatorId, history: before.map((r) => r.snapshot) };
  });
}

/** A new entry with neutral defaults; it starts with the scout's latest answers for the creator. */
export function newEntry(shortlistId: number, creatorId: string, now: string, answers: EntryRow['answers'] = {}): EntryRow {
  return { shortlistId, creatorId, status: 'prospect', tags: [], notes: '', addedAt: now, updatedAt: now, answers: { ...answers }, quotedRate: null, extra: {} };
}

/** A new campaign row with neutral defaults. */
export function newShortlist(name: string, now: string, over: Partial<ShortlistRow> = {}): ShortlistRow {
  return { name, brief: '', createdAt: now, startsOn: null, endsOn: null, extraColumns: [], ...over };
}

/**
 * Adds a creator to a shortlist, creating the list on first use. Adding twice is a
 * no-op: the unique [shortlistId+creatorId] index makes two racing tabs end with one entry.
 */
export async function addToShortlist(db: MicroscopeDb, creatorId: string, shortlistName: string, now: string): Promise<string[]> {
  await db.transaction('rw', db.shortlists, db.entries, db.creators, async () => {
    const creator = await db.creators.get(creatorId);
    if (!creator) throw new Error(`Unknown creator ${creatorId}; score it first.`);
    const list = await db.shortlists.where('name').equals(shortlistName).first();
    const shortlistId = list?.id ?? (await db.shortlists.add(newShortlist(shortlistName, now)));
    const exists = await db.entries.where('[shortlistId+creatorId]').equals([shortlistId, creatorId]).first();
    if (!exists) await db.entries.add(newEntry(shortlistId, creatorId, now, creator.answers));
  });
  return shortlistsOf(db, creatorId);
}

export async function shortlistsOf(db: MicroscopeDb, creatorId: string): Promise<string[]> {
  const entries = await db.entries.where('creatorId').equals(creatorId).toArray();
  const lists = await db.shortlists.bulkGet(entries.map((e) => e.shortlistId));
  return lists.filter((l): l is ShortlistRow => l !== undefined).map((l) => l.name);
}

export interface ShortlistView {
  entry: EntryRow;
  shortlist: ShortlistRow;
  creator: CreatorRow;
  /** The creator's score as this entry's campaign sees it (its own manual answers applied). */
  score: ScoreSummary;
}

/** The row the dashboard and the CSV show for an entry. */
export function viewOf(entry: EntryRow, shortlist: ShortlistRow, creator: CreatorRow): ShortlistView {
  return { entry, shortlist, creator, score: withAnswers(creator.lastScore, entry.answers) };
}

/**
 * Entries with their creator and list, for the dashboard and the CSV; one list or all.
 * Rows are repaired on the way out: a row beyond repair is left out, never shown half-read.
 */
export async function shortlistView(db: MicroscopeDb, shortlistId?: number): Promise<ShortlistView[]> {
  return db.transaction('r', db.entries, db.shortlists, db.creators, async () => {
    const entries = await entriesOf(db, shortlistId);
    const lists = new Map((await db.shortlists.toArray()).map((l) => [l.id, repaired(ShortlistRowSchema, l)]));
    const stored = await creatorsFor(db, entries.map((e) => e.creatorId));
    const creators = new Map<string, CreatorRow | null>();
    const out: ShortlistView[] = [];
    for (const raw of entries) {
      const entry = readEntry(raw);
      if (!creators.has(raw.creatorId)) creators.set(raw.creatorId, readCreator(stored.get(raw.creatorId)));
      const creator = creators.get(raw.creatorId);
      const shortlist = lists.get(raw.shortlistId);
      if (entry && creator && shortlist) out.push(viewOf(entry, shortlist, creator));
    }
    return out;
  });
}

/** One list's entries, or all. A list that holds most entries is read faster by a scan (see below). */
async function entriesOf(db: MicroscopeDb, shortlistId?: number): Promise<EntryRow[]> {
  if (shortlistId === undefined) return db.entries.toArray();
  const inList = db.entries.where('shortlistId').equals(shortlistId);
  if ((await inList.count()) * 4 < (await db.entries.count())) return inList.toArray();
  return (await db.entries.toArray()).filter((e) => e.shortlistId === shortlistId);
}

/**
 * The creators of a set of entries. In IndexedDB a key-by-key lookup costs a few times what
 * a scan costs per row, so when the entries name a good share of all creators, scan.
 */
async function creatorsFor(db: MicroscopeDb, ids: string[]): Promise<Map<string, CreatorRow | undefined>> {
  const wanted = [...new Set(ids)];
  if (wanted.length * 4 >= (await db.creators.count())) {
    const all = await db.creators.toArray();
    return new Map(all.map((c) => [c.id, c]));
  }
  const found = await db.creators.bulkGet(wanted);
  return new Map(wanted.map((id, i) => [id, found[i]]));
}
