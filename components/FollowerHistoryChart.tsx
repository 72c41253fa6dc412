import { useCallback, useMemo } from 'react';
import { formatCount } from '@/lib/core/format/number';
import type { ProfileSnapshot } from '@/lib/core/model/snapshot';
import { ChartFigure } from './ChartFigure';
import { traitsOf } from '@/lib/core/platforms/traits';

/** Followers at each of the scout's visits (this one last); nothing until two visits have a count. */
export function FollowerHistoryChart({ history, current }: { history: ProfileSnapshot[]; current: ProfileSnapshot }) {
  const { visits, labels, values } = useMemo(() => {
    const withCount = [...history, current].filter((s) => s.followers !== null);
    const fmtDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    return { visits: withCount, labels: withCount.map((s) => fmtDate.format(new Date(s.capturedAt))), values: withCount.map((s) => s.followers ?? 0) };
  }, [history, current]);
  const draw = useCallback(async (canvas: HTMLCanvasElement) => {
    const { followerChart, themeColors } = await import('@/components/charts');
    return followerChart(canvas, { labels, values }, themeColors(canvas));
  }, [labels, values]);
  const noun = traitsOf(current.platform).followersWord;
  // One visit is a point, not a history: the chart appears from the second visit with a count.
  if (visits.length < 2) return null;
  const first = values[0]!;
  const last = values[values.length - 1]!;
  const ends = [visits[0]!, visits[visits.length - 1]!];
  const rounded = ends.map((s) => s.approximate.includes('followers'));
  // A change between rounded counts would claim a precision neither end has.
  const change = first > 0 && !rounded.some(Boolean) ? ` (${last >= first ? '+' : ''}${new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 }).format((last - first) / first)})` : '';
  return (
    <ChartFigure
      title={`${noun} across your visits`}
      summary={`${visits.length} visits: ${formatCount(first, rounded[0])} on ${labels[0]}, ${formatCount(last, rounded[1])} on ${labels[labels.length - 1]}${change}.`}
      testId="follower-chart"
      table={{ headers: ['Visit', noun], rows: visits.map((s, i) => [labels[i]!, formatCount(s.followers, s.approximate.includes('followers'))]) }}
      draw={draw}
    />
  );
}
