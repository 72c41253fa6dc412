import { FlagId } from '../core/model/findings';
import { ScoreSummary } from '../core/model/score-summary';
import { PlatformId } from '../core/model/snapshot';
import { Currency } from '../core/model/brand';
import { Answer, CreatorRowSchema, ENTRY_STATUSES, EntryRowSchema, repaired, type CreatorRow, type EntryRow } from '../core/model/rows';

/**
 * Allocation-free checks that a stored row is already exactly what its zod schema would
 * return, so the dashboard can skip parsing it. zod copies every object it parses, and on
 * 10,000 creators and entries that copying was most of the main query's time. A row that
 * fails a check is not rejected: it goes through zod's repair as before. The checks may be
 * stricter than zod, never looser: tests/unit/db/clean-rows.test.ts holds them to that.
 */

const str = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown) => v === null || typeof v === 'string';
const num = (v: unknown, min = -Infinity, max = Infinity) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const numOrNull = (v: unknown, min?: number, max?: number) => v === null || num(v, min, max);
const count = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
const int = (v: unknown) => Number.isSafeInteger(v);
const plain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
const oneOf = (options: readonly string[]) => (v: unknown) => typeof v === 'string' && options.includes(v);
/**
 * Indexes every slot (Array#every skips the holes of a sparse array, which zod reads as
 * undefined) and refuses named properties on the array, which zod's copy would drop.
 */
function all(v: unknown, ok: (x: unknown) => boolean): boolean {
  if (!Array.isArray(v) || Object.keys(v).length !== v.length) return false;
  for (let i = 0; i < v.length; i++) if (!ok(v[i])) return false;
  return true;
}
const strings = (v: unknown) => all(v, str);

/**
 * Exactly these keys (the optional ones may be missing): zod would strip any other.
 * Counts instead of searching the lists for every key: this runs on every row the dashboard reads.
 */
function keysWithin(row: Record<string, unknown>, required: readonly string[], optional: readonly string[] = []): boolean {
  let keys = 0;
  for (const k in row) {
    if (!Object.hasOwn(row, k)) return false;
    keys++;
  }
  for (const k of required) if (!Object.hasOwn(row, k)) return false;
  let present = required.length;
  for (const k of optional) if (Object.hasOwn(row, k)) present++;
  return keys === present;
}

const isPlatform = oneOf(PlatformId.options);
const isFlag = oneOf(FlagId.options);
const isTier = oneOf(ScoreSummary.shape.tier.unwrap().options);
const isVerdict = oneOf(ScoreSummary.shape.engagementVerdict.unwrap().options);
const isCurrency = oneOf(Currency.options);
const isAnswer = oneOf(Answer.options);
const isStatus = oneOf(ENTRY_STATUSES);
const subScore = (v: unknown) => numOrNull(v, 0, 100);

const SUMMARY_KEYS = Object.keys(ScoreSummary.shape);

function isCleanSummary(s: unknown): boolean {
  if (!plain(s) || !keysWithin(s, SUMMARY_KEYS)) return false;
  const c = s.cost;
  const costOk = c === null || (plain(c) && keysWithin(c, ['currency', 'low', 'high']) && isCurrency(c.currency) && num(c.low, 0) && num(c.high, 0));
  const m = s.summary;
  const summaryOk = plain(m) && keysWithin(m, ['metrics', 'content', 'risk', 'overall', 'verdict']) && subScore(m.metrics) && subScore(m.content) && subScore(m.risk) && subScore(m.overall) && str(m.verdict);
  return costOk && summaryOk && (s.tier === null || isTier(s.tier)) && numOrNull(s.engagementRate, 0) && (s.engagementVerdict === null || isVerdict(s.engagementVerdict))
    && typeof s.engagementApproximate === 'boolean' && all(s.flags, isFlag) && strOrNull(s.disclosure)
    && numOrNull(s.disclosureScore, 0, 100) && numOrNull(s.valueFit, 0) && strings(s.manualItems) && count(s.manualPass) && count(s.manualFail) && count(s.autoPass) && count(s.autoFail)
    && all(s.riskIds, isFlag) && count(s.warns) && typeof s.checked === 'boolean' && str(s.verdictHead);
}

const answersOk = (v: unknown) => plain(v) && Object.values(v).every(isAnswer);
const CREATOR_KEYS = ['id', 'platform', 'handle', 'displayName', 'profileUrl', 'followers', 'followersApproximate', 'lastScoredAt', 'lastScore', 'scoreSource', 'links'] as const;

export function isCleanCreator(r: unknown): r is CreatorRow {
  return plain(r) && keysWithin(r, CREATOR_KEYS, ['answers']) && str(r.id) && r.id.length >= 3 && isPlatform(r.platform) && str(r.handle) && r.handle.length > 0
    && strOrNull(r.displayName) && str(r.profileUrl) && (r.followers === null || count(r.followers)) && typeof r.followersApproximate === 'boolean'
    && str(r.lastScoredAt) && isCleanSummary(r.lastScore) && (r.scoreSource === 'visit' || r.scoreSource === 'import')
    && (r.answers === undefined || answersOk(r.answers)) && strings(r.links);
}

const ENTRY_KEYS = ['shortlistId', 'creatorId', 'status', 'tags', 'notes', 'addedAt', 'updatedAt', 'answers', 'quotedRate', 'extra'] as const;

export function isCleanEntry(r: unknown): r is EntryRow {
  if (!plain(r) || !keysWithin(r, ENTRY_KEYS, ['id'])) return false;
  const q = r.quotedRate;
  const quoteOk = q === null || (plain(q) && keysWithin(q, ['amount', 'currency']) && num(q.amount, 0) && isCurrency(q.currency));
  return quoteOk && (r.id === undefined || int(r.id)) && int(r.shortlistId) && str(r.creatorId)
    && isStatus(r.status) && strings(r.tags) && str(r.notes) && str(r.addedAt) && str(r.updatedAt) && answersOk(r.answers)
    && plain(r.extra) && Object.values(r.extra).every(str);
}

/** The row as stored when it is already clean, else zod's repair of it (null when beyond repair). */
export const readCreator = (row: unknown): CreatorRow | null => (isCleanCreator(row) ? row : repaired(CreatorRowSchema, row));
export const readEntry = (row: unknown): EntryRow | null => (isCleanEntry(row) ? row : repaired(EntryRowSchema, row));
