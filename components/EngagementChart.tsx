import { useCallback, useMemo } from 'react';
import { formatRate } from '@/lib/core/format/number';
import type { Scorecard } from '@/lib/core/model/scorecard';
import type { Post } from '@/lib/core/model/snapshot';
import { ChartFigure } from './ChartFigure';
import { postLabel } from './post-words';

/** Engagement per post (the posts that entered the median), with the tier's benchmark band shaded. */
export function EngagementChart({ engagement, posts }: { engagement: Scorecard['engagement']; posts: Post[] }) {
  const data = useMemo(() => {
    const dateOf = new Map(posts.map((p) => [p.id, p.publishedAt]));
    // Oldest to newest, left to right. Undated posts go last, turned round from the page's newest-first order.
    const ordered = engagement.perPost.map((p, i) => ({ ...p, at: dateOf.get(p.postId) ?? null, i }))
      .sort((a, b) => (a.at && b.at ? a.at.localeCompare(b.at) : a.at ? -1 : b.at ? 1 : b.i - a.i));
    return {
      labels: ordered.map((p) => (p.at ? labelOf(p.at) : postLabel(posts, p.postId))),
      rates: ordered.map((p) => p.rate),
      band: engagement.benchmark ? { low: engagement.benchmark.low, high: engagement.benchmark.high } : null,
    };
  }, [engagement, posts]);
  const draw = useCallback(async (canvas: HTMLCanvasElement) => {
    const { engagementChart, themeColors } = await import('@/components/charts');
    return engagementChart(canvas, data, themeColors(canvas));
  }, [data]);
  const { labels, rates, band } = data;
  if (rates.length === 0) return <p className="muted" data-testid="engagement-chart-empty">No post gave an engagement rate, so there is nothing to chart.</p>;
  const inBand = band ? rates.filter((r) => r >= band.low && r <= band.high).length : null;
  const summary = `${rates.length} post(s), from ${formatRate(Math.min(...rates))} to ${formatRate(Math.max(...rates))}; median ${formatRate(engagement.median)}.`
    + (band && inBand !== null ? ` ${inBand} inside the typical band of ${formatRate(band.low)}–${formatRate(band.high)} (shaded).` : ' No benchmark band for this platform and tier.') + ' Oldest post on the left.';
  return (
    <ChartFigure
      title={`Engagement per post (${engagement.formula})`}
      summary={summary}
      testId="engagement-chart"
      table={{ headers: ['Post', 'Engagement'], rows: rates.map((r, i) => [labels[i] ?? '', formatRate(r)]) }}
      draw={draw}
    />
  );
}

function labelOf(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' }).format(new Date(iso));
}
