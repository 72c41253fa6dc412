import { memo } from 'react';
import { safeHref } from '@/lib/dashboard/detail';
import { rowFlags } from '@/lib/dashboard/flag-words';
import type { SortKey } from '@/lib/dashboard/sort';
import type { DashboardRow } from '@/lib/store/dashboard-rows';
import type { Decision } from '@/lib/core/scoring/decision';
import type { EntryStatus } from '@/lib/core/model/rows';
import { formatCount, formatMoney, formatRate } from '@/lib/core/format/number';
import { DecisionPill } from '../../../components/dashboard/DecisionPill';
import { FlagChips } from '../../../components/dashboard/FlagChips';
import { StatusPill } from '../../../components/dashboard/StatusPills';

export const COLUMNS: SortKey[] = ['creator', 'decision', 'flags', 'followers', 'engagement', 'overall', 'quote', 'status', 'shortlist'];
export const NUMERIC = new Set<SortKey>(['followers', 'engagement', 'overall', 'quote']);
const fmtScore = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });

interface Props {
  row: DashboardRow;
  decision: Decision;
  picked: boolean;
  toggle(entryId: number): void;
  open(creatorId: string, entryId: number): void;
  setStatus(entryId: number, status: EntryStatus): void;
}

function cells({ row: r, decision, setStatus }: Props): Record<SortKey, React.ReactNode> {
  const { entry: e, creator: c, score: s } = r;
  return {
    creator: (
      <>
        <a href={safeHref(c.profileUrl)} target="_blank" rel="noreferrer">@{c.handle}</a>
        <span className="muted"> {c.displayName ?? ''}</span>
        <br /><span className="dash-sub">{c.platform} · {s.tier ?? 'tier unknown'}</span>
        {e.tags.length > 0 && <ul className="dash-tagchips" aria-label="Tags" data-testid="row-tags">{e.tags.map((t) => <li key={t}>{t}</li>)}</ul>}
        {e.notes && <p className="dash-note" title={e.notes} data-testid="row-notes"><span className="visually-hidden">Notes: </span>{e.notes}</p>}
      </>
    ),
    decision: <DecisionPill decision={decision} reason />,
    flags: <FlagChips flags={rowFlags(s.flags, s.riskIds)} />,
    platform: c.platform,
    tier: s.tier ?? 'unknown',
    followers: formatCount(c.followers, c.followersApproximate),
    engagement: formatRate(s.engagementRate, s.engagementApproximate),
    overall: s.summary.overall === null ? 'unknown' : fmtScore.format(s.summary.overall),
    quote: <span title={s.cost ? `Estimated ${s.cost.low}–${s.cost.high} ${s.cost.currency}` : 'No cost estimate'}>{formatMoney(e.quotedRate)}</span>,
    status: <StatusPill status={e.status} label={`Status of @${c.handle} in ${r.shortlist.name}`} onChange={(st) => setStatus(e.id!, st)} />,
    shortlist: r.shortlist.name,
    updated: e.updatedAt,
  };
}

/** One entry: focusable, Enter (on the row itself) opens its drawer. Redrawn only when its own props change. */
export const EntryRow = memo(function EntryRow(props: Props) {
  const { row: r, picked, toggle, open } = props;
  const c = cells(props);
  return (
    <tr data-creator={r.creator.id} data-entry={r.entry.id} tabIndex={0} onKeyDown={(e) => { if (e.key === 'Enter' && e.target === e.currentTarget) open(r.creator.id, r.entry.id!); }}>
      <td><input type="checkbox" aria-label={`Select @${r.creator.handle} in ${r.shortlist.name}`} checked={picked} onChange={() => toggle(r.entry.id!)} /></td>
      {COLUMNS.map((k) => <td key={k} className={NUMERIC.has(k) ? 'num' : undefined} data-col={k}>{c[k]}</td>)}
      <td><button type="button" className="secondary" onClick={() => open(r.creator.id, r.entry.id!)} data-testid="open-drawer">Details<span className="visually-hidden"> for @{r.creator.handle}</span></button></td>
    </tr>
  );
});
