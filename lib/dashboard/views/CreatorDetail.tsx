import { useMemo, useState } from 'react';
import { FlagList } from '@/components/FlagList';
import { FollowerHistoryChart } from '@/components/FollowerHistoryChart';
import { safeHref, snapshotLines } from '@/lib/dashboard/detail';
import { formatCount, formatRate } from '@/lib/core/format/number';
import { useDashboard } from '@/lib/dashboard/context';
import { Dialog } from '../../../components/dashboard/Dialog';

const fmtDate = () => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A creator's visits (chart and table) and the same person's accounts on other platforms. */
export function CreatorDetail() {
  const detailId = useDashboard((s) => s.detailId);
  const detail = useDashboard((s) => s.detail);
  const linkable = useDashboard((s) => s.linkable);
  const error = useDashboard((s) => s.detailError);
  const openDetail = useDashboard((s) => s.openDetail);
  const link = useDashboard((s) => s.link);
  const unlink = useDashboard((s) => s.unlink);
  const [other, setOther] = useState('');
  const sorted = useMemo(() => [...(detail?.snapshots ?? [])].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt)), [detail]);
  const lines = useMemo(() => snapshotLines(sorted), [sorted]);
  if (!detailId) return null;
  const close = () => void openDetail(null);
  const c = detail?.creator;
  const fmt = fmtDate();
  return (
    <Dialog title={c ? `@${c.handle} on ${c.platform}` : 'Creator'} onClose={close} testId="creator-detail" wide>
      {!detail ? <p role="status">Loading…</p> : (
        <>
          <p className="muted">{c!.displayName ?? ''} · <a href={safeHref(c!.profileUrl)} target="_blank" rel="noreferrer">profile</a> · last scored {fmt.format(new Date(c!.lastScoredAt))}{c!.scoreSource === 'import' ? ' (from an imported CSV)' : ''}</p>
          {sorted.length > 0
            ? <FollowerHistoryChart history={sorted.slice(0, -1).map((r) => r.snapshot)} current={sorted[sorted.length - 1]!.snapshot} />
            : <p className="muted">No visits stored in this browser: the score came from an imported CSV.</p>}
          <h3>Flags at the last visit</h3>
          {detail.scorecard ? (
            <>
              {detail.scorecard.scoredAt !== c!.lastScoredAt ? <p className="notice" role="note">These are from your visit of {fmt.format(new Date(detail.scorecard.scoredAt))}; the newer score came from an imported CSV, which carries no evidence.</p> : null}
              <FlagList flags={detail.scorecard.scorecard.flags} posts={sorted[sorted.length - 1]?.snapshot.posts ?? []} />
            </>
          ) : <p className="muted">No visit in this browser, so no evidence to show: score the profile to see it.</p>}
          <h3>All visits</h3>
          <div className="dash-scroll">
            <table data-testid="snapshots">
              <thead><tr><th scope="col">Date</th><th scope="col" className="num">Followers</th><th scope="col" className="num">Engagement</th></tr></thead>
              <tbody>
                {lines.map((l, i) => (
                  <tr key={`${l.capturedAt}-${i}`}>
                    <td>{fmt.format(new Date(l.capturedAt))}</td>
                    <td className="num">{formatCount(l.followers, l.approximate)}</td>
                    <td className="num" title={l.compacted ? 'Posts of older visits are not kept, so their engagement is unknown.' : undefined}>{formatRate(l.engagementRate, l.engagementApproximate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>Same creator on other platforms</h3>
          {detail.links.length === 0 ? <p className="muted">No linked accounts.</p> : (
            <ul className="dash-links" data-testid="links">
              {detail.links.map((l) => (
                <li key={l.id}>
                  <button type="button" className="link" onClick={() => void openDetail(l.id)}>@{l.handle} on {l.platform}</button>
                  {' '}<button type="button" className="secondary" onClick={() => void unlink(l.id)}>Unlink<span className="visually-hidden"> @{l.handle} on {l.platform}</span></button>
                </li>
              ))}
            </ul>
          )}
          <form className="dash-inline" onSubmit={(e) => { e.preventDefault(); if (other) void link(other).then(() => setOther('')); }}>
            <label>
              Link to
              <select value={other} onChange={(e) => setOther(e.target.value)} data-testid="link-select">
                <option value="">choose an account…</option>
                {linkable.map((n) => <option key={n.id} value={n.id}>@{n.handle} ({n.platform})</option>)}
              </select>
            </label>
            <button type="submit" disabled={!other}>Link</button>
          </form>
          {error && <p className="notice risk" role="alert">{error}</p>}
        </>
      )}
    </Dialog>
  );
}
