import { useMemo, useState } from 'react';
import { FollowerHistoryChart } from '@/components/FollowerHistoryChart';
import { snapshotLines } from '@/lib/dashboard/detail';
import { formatCount, formatRate } from '@/lib/core/format/number';
import { useDashboard } from '@/lib/dashboard/context';
import type { CreatorDetail } from '@/lib/store/dashboard-queries';

const fmtDate = () => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Every visit (chart from two, and a table) and the same person's accounts on other platforms. */
export function DrawerHistory({ detail }: { detail: CreatorDetail }) {
  const linkable = useDashboard((s) => s.linkable);
  const openDetail = useDashboard((s) => s.openDetail);
  const link = useDashboard((s) => s.link);
  const unlink = useDashboard((s) => s.unlink);
  const [other, setOther] = useState('');
  const sorted = useMemo(() => [...detail.snapshots].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt)), [detail]);
  const lines = useMemo(() => snapshotLines(sorted), [sorted]);
  const fmt = fmtDate();
  return (
    <>
      <h3>Visits</h3>
      {sorted.length >= 2 ? <FollowerHistoryChart history={sorted.slice(0, -1).map((r) => r.snapshot)} current={sorted[sorted.length - 1]!.snapshot} /> : null}
      {sorted.length === 0 ? <p className="muted">No visits stored in this browser: the score came from an imported CSV.</p> : (
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
      )}
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
    </>
  );
}
