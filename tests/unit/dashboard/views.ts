import { viewOf, type ShortlistView } from '@/lib/store/queries';
import type { EntryStatus } from '@/lib/core/model/rows';
import type { Scorecard } from '@/lib/core/model/scorecard';
import { summaryOf } from '@/lib/core/scoring/summary-of';
import type { PlatformId } from '@/lib/core/model/snapshot';
import { score } from '@/lib/core/scoring/score';
import { makeSnapshot, NOW } from '../../helpers/snapshots';

let id = 0;

/** A shortlist row built in memory, for the pure filter and sort helpers. */
export function view(handle: string, over: { platform?: PlatformId; followers?: number | null; status?: EntryStatus; tags?: string[]; notes?: string; name?: string; list?: string; summary?: Partial<Scorecard['summary']>; tier?: Scorecard['tier']; flags?: Scorecard['flags'] } = {}): ShortlistView {
  id++;
  const platform = over.platform ?? 'instagram';
  const s = makeSnapshot({ platform, handle, displayName: over.name ?? `Name of ${handle}`, followers: over.followers === undefined ? 20_000 : over.followers });
  const base = score(s, { now: NOW });
  const card: Scorecard = { ...base, tier: over.tier === undefined ? base.tier : over.tier, flags: over.flags ?? base.flags, summary: { ...base.summary, ...over.summary } };
  return viewOf(
    { id, shortlistId: over.list === 'Autumn' ? 2 : 1, creatorId: `${platform}:${handle}`, status: over.status ?? 'prospect', tags: over.tags ?? [], notes: over.notes ?? '', addedAt: '2026-11-01T00:00:00.000Z', updatedAt: `2026-11-0${(id % 9) + 1}T00:00:00.000Z`, answers: {}, quotedRate: null, extra: {} },
    { id: over.list === 'Autumn' ? 2 : 1, name: over.list ?? 'Spring', brief: '', createdAt: '2026-11-01T00:00:00.000Z', startsOn: null, endsOn: null, extraColumns: [] },
    { id: `${platform}:${handle}`, platform, handle, displayName: s.displayName, profileUrl: s.profileUrl, followers: s.followers, followersApproximate: false, lastScoredAt: s.capturedAt, lastScore: summaryOf(card), scoreSource: 'visit', links: [] },
  );
}
