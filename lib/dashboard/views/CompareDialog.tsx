import { useMemo } from 'react';
import { compareColumn, type CompareColumn } from '@/lib/dashboard/detail';
import { formatCount, formatRate } from '@/lib/core/format/number';
import { isFinding } from '@/lib/core/model/findings';
import { useDashboard } from '@/lib/dashboard/context';
import { Dialog } from '../../../components/dashboard/Dialog';

const score = (v: number | null) => (v === null ? 'unknown' : new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(v));

const ROWS: Array<[string, (c: CompareColumn) => string]> = [
  ['Platform', (c) => c.platform],
  ['Followers', (c) => formatCount(c.followers, c.approximate)],
  ['Tier', (c) => c.tier ?? 'unknown'],
  ['Engagement', (c) => formatRate(c.engagementRate, c.engagementApproximate)],
  ['Engagement verdict', (c) => c.verdict ?? 'unknown'],
  ['Overall score', (c) => score(c.summary.overall)],
  ['Metrics', (c) => score(c.summary.metrics)],
  ['Content', (c) => score(c.summary.content)],
  ['Risk (100 = none found)', (c) => score(c.summary.risk)],
  ['Value fit', (c) => formatRate(c.valueFit)],
  ['Flags', (c) => (c.flags.some(isFinding) ? c.flags.filter(isFinding).join(', ') : 'none')],
  ['Rounded counts', (c) => (c.flags.some((f) => !isFinding(f)) ? c.flags.filter((f) => !isFinding(f)).join(', ') : 'none')],
  ['Verdict', (c) => c.summary.verdict],
];

/** 2–4 creators side by side: one column each, one row per metric. */
export function CompareDialog() {
  const comparing = useDashboard((s) => s.comparing);
  const compare = useDashboard((s) => s.compare);
  const columns = useMemo(() => (comparing ?? []).map(compareColumn), [comparing]);
  if (!comparing) return null;
  return (
    <Dialog title={`Compare ${columns.length} creators`} onClose={() => void compare(null)} testId="compare-dialog" wide>
      <div className="dash-scroll">
        <table className="dash-compare">
          <thead>
            <tr><th scope="col">Metric</th>{columns.map((c) => <th key={c.id} scope="col">@{c.handle}</th>)}</tr>
          </thead>
          <tbody>
            {ROWS.map(([label, value]) => (
              <tr key={label}><th scope="row">{label}</th>{columns.map((c) => <td key={c.id}>{value(c)}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </Dialog>
  );
}
