import { useMemo, useState } from 'react';
import { safeHref } from '@/lib/dashboard/detail';
import { briefsOf, explainedDecision, rowDecision } from '@/lib/dashboard/decisions';
import { formatCount, formatRate } from '@/lib/core/format/number';
import { useDashboard } from '@/lib/dashboard/context';
import { Dialog } from '../../../components/dashboard/Dialog';
import { DecisionPill } from '../../../components/dashboard/DecisionPill';
import { DrawerEntryForm } from './DrawerEntryForm';
import { DrawerHistory } from './DrawerHistory';
import { DrawerScorecard } from './DrawerScorecard';

const fmtDate = () => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The side drawer of one creator on one campaign: the decision with every reason, the entry
 * (status, tags, notes, quote) to edit, the full scorecard of the last visit, and the history.
 */
export function CreatorDrawer() {
  const detailId = useDashboard((s) => s.detailId);
  const entryId = useDashboard((s) => s.detailEntryId);
  const detail = useDashboard((s) => s.detail);
  const rows = useDashboard((s) => s.rows);
  const lists = useDashboard((s) => s.lists);
  const error = useDashboard((s) => s.detailError);
  const openDetail = useDashboard((s) => s.openDetail);
  const removeCreator = useDashboard((s) => s.removeCreator);
  const [confirming, setConfirming] = useState(false);
  const row = useMemo(() => (rows ?? []).find((r) => r.creator.id === detailId && (entryId === null || r.entry.id === entryId)) ?? null, [rows, detailId, entryId]);
  const briefs = useMemo(() => briefsOf(lists), [lists]);
  if (!detailId) return null;
  const c = detail?.creator;
  const brief = row ? briefs.get(row.entry.shortlistId) : undefined;
  // The visit's flags give each reason its sentence, when the row's score came from that visit.
  const card = detail?.scorecard && detail.scorecard.scoredAt === c?.lastScoredAt ? detail.scorecard.scorecard : null;
  const decision = !row ? null : card ? explainedDecision(row, brief, card.flags) : rowDecision(row, brief);
  return (
    <Dialog title={c ? `@${c.handle} on ${c.platform}` : 'Creator'} onClose={() => void openDetail(null)} testId="creator-detail" drawer>
      {!detail || !c ? <p role="status">Loading…</p> : (
        <>
          <p className="muted">{c.displayName ?? ''} · <a href={safeHref(c.profileUrl)} target="_blank" rel="noreferrer">profile</a> · last scored {fmtDate().format(new Date(c.lastScoredAt))}{c.scoreSource === 'import' ? ' (from an imported CSV)' : ''}</p>
          {decision && row && (
            <section aria-label="Decision" data-testid="drawer-decision">
              <DecisionPill decision={decision} testId="drawer-decision-pill" />
              <span className="muted"> · {decision.confidence.label}</span>
              <ul className="dash-reasons">{decision.reasons.map((r) => <li key={r.text}>{r.dealbreaker ? <strong>Dealbreaker: </strong> : null}{r.text}</li>)}</ul>
              <dl className="dash-numbers">
                <div><dt>Followers</dt><dd>{formatCount(row.creator.followers, row.creator.followersApproximate)}</dd></div>
                <div><dt>Tier</dt><dd>{row.score.tier ?? 'unknown'}</dd></div>
                <div><dt>Engagement</dt><dd>{formatRate(row.score.engagementRate, row.score.engagementApproximate)}</dd></div>
                <div><dt>Overall</dt><dd>{row.score.summary.overall === null ? 'unknown' : Math.round(row.score.summary.overall)}</dd></div>
              </dl>
            </section>
          )}
          {row ? <DrawerEntryForm key={row.entry.id} row={row} /> : <p className="muted">This account is not on a campaign.</p>}
          <DrawerScorecard detail={detail} />
          <DrawerHistory detail={detail} />
          {error && <p className="notice risk" role="alert">{error}</p>}
          <p><button type="button" className="danger" data-testid="delete-creator" onClick={() => setConfirming(true)}>Delete everything about @{c.handle}…</button></p>
          {confirming && (
            <Dialog title={`Delete everything about @${c.handle}?`} onClose={() => setConfirming(false)} testId="creator-delete-dialog">
              <p>Its profile, every visit with the comments read there, its scorecard and its entries on every campaign are deleted from this browser. Undo brings them back until you close the dashboard.</p>
              <div className="dash-inline">
                <button type="button" className="danger" data-testid="creator-delete-confirm" onClick={() => { setConfirming(false); void openDetail(null).then(() => removeCreator(c.id)); }}>Delete</button>
                <button type="button" className="secondary" onClick={() => setConfirming(false)}>Cancel</button>
              </div>
            </Dialog>
          )}
        </>
      )}
    </Dialog>
  );
}
