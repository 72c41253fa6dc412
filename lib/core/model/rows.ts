import { z } from 'zod';
import { StoredBrief } from './campaign';
import { PlatformId, ProfileSnapshot } from './snapshot';
import { Scorecard } from './scorecard';
import { ScoreSummary } from './score-summary';
import { Currency } from './brand';
import { HttpsUrl } from './https-url';
import { ENTRY_STATUSES, EntryStatus } from './entry-status';
import { traitsOf } from '../platforms/traits';

/**
 * Row shapes of the current schema (version 4), as zod schemas: restore parses with them,
 * and reads repair with them (HOUSE principle 5), so a row written by an older build or
 * edited by hand gets defaults instead of crashing the dashboard.
 */
export const Answer = z.enum(['yes', 'no', 'unsure']);
export const Answers = z.record(z.string(), Answer);

/** A moment as stored: an ISO timestamp. A backup's "not a date" is refused here, not thrown when the dashboard formats it. */
const Instant = z.string().datetime({ offset: true });

const CreatorRowFields = z.object({
  /** `${platform}:${handle}` — one creator per platform and handle, whichever tab adds it. */
  id: z.string().min(3),
  platform: PlatformId,
  handle: z.string().min(1),
  displayName: z.string().nullable().default(null),
  /** https only: a backup or a CSV must not plant a javascript: or data: address behind a link. */
  profileUrl: HttpsUrl,
  followers: z.number().int().nonnegative().nullable().default(null),
  /** The page showed the count rounded ("24.1K"), so it is a lower bound. */
  followersApproximate: z.boolean().default(false),
  lastScoredAt: Instant,
  /** Since v3 only the summary; the full scorecard of the last visit is in the scorecards table. */
  lastScore: ScoreSummary,
  /** 'import' when the last score came from a teammate's CSV: only its summary cells are known. */
  scoreSource: z.enum(['visit', 'import']).default('visit'),
  /**
   * The scout's latest answers to manual value-fit items, by item id: what a new entry
   * starts with. Each entry (campaign) keeps its own answers after that.
   */
  answers: Answers.optional(),
  /** Ids of the same person's accounts on other platforms (symmetric; multiEntry index since v2). */
  links: z.array(z.string()).default([]),
});

/**
 * A creator row as read or restored. Older builds stored a CSV's http:// profile address as it was:
 * rather than hide that creator, the address is rebuilt from the platform and handle (https), while
 * a javascript:, data: or file: address still fails the row.
 */
export const CreatorRowSchema = z.preprocess(withHttpsProfile, CreatorRowFields);

function withHttpsProfile(row: unknown): unknown {
  if (typeof row !== 'object' || row === null) return row;
  const { platform, handle, profileUrl } = row as Record<string, unknown>;
  const known = PlatformId.safeParse(platform);
  if (!known.success || typeof handle !== 'string' || typeof profileUrl !== 'string' || !/^http:\/\//i.test(profileUrl)) return row;
  return { ...row, profileUrl: traitsOf(known.data).profileUrl(handle.toLowerCase()) };
}
export type CreatorRow = z.infer<typeof CreatorRowSchema>;

/** The full scorecard of a creator's last visit, with its evidence (v3). */
export const ScorecardRowSchema = z.object({
  creatorId: z.string(),
  scoredAt: Instant,
  scorecard: Scorecard,
});
export type ScorecardRow = z.infer<typeof ScorecardRowSchema>;

export const SnapshotRowSchema = z.object({
  id: z.number().int().optional(),
  creatorId: z.string(),
  capturedAt: Instant,
  snapshot: ProfileSnapshot,
  /** Posts and comments were dropped to bound storage; counts are kept (see compact.ts). */
  compacted: z.boolean().optional(),
});
export type SnapshotRow = z.infer<typeof SnapshotRowSchema>;

/** A column the scout added to the CSV, placed after a documented column (null: first). */
export const ExtraColumn = z.object({ name: z.string().min(1), after: z.string().nullable() });
export type ExtraColumn = z.infer<typeof ExtraColumn>;

export const ShortlistRowSchema = z.object({
  id: z.number().int().optional(),
  name: z.string().min(1),
  brief: z.string().default(''),
  createdAt: Instant,
  /** Campaign dates (YYYY-MM-DD), when the scout set them. */
  startsOn: z.string().nullable().default(null),
  endsOn: z.string().nullable().default(null),
  extraColumns: z.array(ExtraColumn).default([]),
  /** The brief (follower range, markets, languages, exclusivity, brand); rows stored before it lack it: read with briefOf. */
  ...StoredBrief.shape,
});
export type ShortlistRow = z.infer<typeof ShortlistRowSchema>;

export { ENTRY_STATUSES, EntryStatus };

export const QuotedRate = z.object({ amount: z.number().nonnegative(), currency: Currency });
export type QuotedRate = z.infer<typeof QuotedRate>;

export const EntryRowSchema = z.object({
  id: z.number().int().optional(),
  shortlistId: z.number().int(),
  creatorId: z.string(),
  status: EntryStatus.catch('prospect'),
  tags: z.array(z.string()).default([]),
  notes: z.string().default(''),
  addedAt: Instant,
  updatedAt: Instant,
  /** Manual value-fit answers for this campaign, by checklist item id. */
  answers: Answers.default({}),
  quotedRate: QuotedRate.nullable().default(null),
  /**
   * The score this entry's campaign gives the creator (its brand and brief, its answers) as of the
   * creator's last stored visit. Absent on entries made since, or before it existed: the creator's
   * last score stands in until the next visit.
   */
  score: ScoreSummary.optional(),
  /** Cells of the scout's own CSV columns, by column name. */
  extra: z.record(z.string(), z.string()).default({}),
});
export type EntryRow = z.infer<typeof EntryRowSchema>;

/**
 * The dashboard's row for one entry (v4): what its table shows, filters and sorts by, picked from
 * the entry, its creator and the score the entry's campaign gives (the creator's summary with the
 * entry's own answers applied). Derived data, never backed up: the store keeps it in step with
 * entries and creators in the same transaction as every write (lib/store/projection.ts), so the
 * dashboard opens by reading one small flat row per entry. Flat on purpose: IndexedDB's cost
 * is per object as much as per byte.
 */
export const DashRowSchema = z.object({
  ...EntryRowSchema.pick({ shortlistId: true, creatorId: true, status: true, tags: true, notes: true, updatedAt: true, quotedRate: true }).shape,
  /** The entry's id. */
  id: z.number().int(),
  ...CreatorRowFields.pick({ handle: true, displayName: true, platform: true, profileUrl: true, followers: true, followersApproximate: true }).shape,
  ...ScoreSummary.pick({ tier: true, engagementRate: true, engagementApproximate: true, flags: true, cost: true }).shape,
  ...ScoreSummary.shape.summary.pick({ metrics: true, content: true, risk: true, overall: true }).shape,
  /** What the decision reads beside the above; rows written before it existed read as unknown. */
  engagementVerdict: ScoreSummary.shape.engagementVerdict.default(null),
  riskIds: ScoreSummary.shape.riskIds.default([]),
  postsUsed: ScoreSummary.shape.postsUsed,
  isPrivate: ScoreSummary.shape.isPrivate,
});
export type DashRow = z.infer<typeof DashRowSchema>;

export const SettingRowSchema = z.object({ key: z.string(), value: z.unknown() });
export interface SettingRow { key: string; value: unknown }

/** Parses a stored row; a row beyond repair is dropped (and named) rather than crashing the page. */
export function repaired<T>(schema: z.ZodType<T>, row: unknown): T | null {
  const r = schema.safeParse(row);
  return r.success ? r.data : null;
}
