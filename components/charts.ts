import { BarController, BarElement, CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement, Tooltip, type Plugin } from 'chart.js';

// Only the pieces the two panel charts use, so the bundler drops the rest of chart.js.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);

export interface ChartColors {
  accent: string;
  band: string;
  text: string;
  grid: string;
}

/** The theme's colours (light or dark), read from theme.css custom properties. */
export function themeColors(el: Element): ChartColors {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return { accent: v('--accent', '#2456c9'), band: v('--band', 'rgba(46, 160, 67, 0.18)'), text: v('--muted', '#5b616b'), grid: v('--line', '#d9dce1') };
}

/** Shades the benchmark band (low..high on the y axis) behind the bars. */
function bandPlugin(low: number, high: number, color: string): Plugin<'bar'> {
  return {
    id: 'benchmarkBand',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const y = scales.y;
      if (!y) return;
      const top = y.getPixelForValue(high);
      const bottom = y.getPixelForValue(low);
      ctx.save();
      ctx.fillStyle = color;
      ctx.fillRect(chartArea.left, top, chartArea.right - chartArea.left, bottom - top);
      ctx.restore();
    },
  };
}

const percent = (locale?: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });

export function engagementChart(canvas: HTMLCanvasElement, data: { labels: string[]; rates: number[]; band: { low: number; high: number } | null }, colors: ChartColors): Chart<'bar'> {
  const fmt = percent();
  const top = Math.max(...data.rates, data.band ? data.band.high * 1.15 : 0);
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: data.labels, datasets: [{ label: 'Engagement', data: data.rates, backgroundColor: colors.accent }] },
    options: sharedOptions(colors, (v) => fmt.format(v), (v) => fmt.format(v), { beginAtZero: true, suggestedMax: top }),
    plugins: data.band ? [bandPlugin(data.band.low, data.band.high, colors.band)] : [],
  });
}

export function followerChart(canvas: HTMLCanvasElement, data: { labels: string[]; values: number[] }, colors: ChartColors): Chart<'line'> {
  const fmt = new Intl.NumberFormat(undefined, { notation: 'compact' });
  return new Chart(canvas, {
    type: 'line',
    data: { labels: data.labels, datasets: [{ label: 'Followers', data: data.values, borderColor: colors.accent, backgroundColor: colors.accent, pointRadius: 3 }] },
    options: sharedOptions(colors, (v) => fmt.format(v), (v) => new Intl.NumberFormat().format(v), {}),
  });
}

/** What both charts share: no animation, theme colours, a formatted value axis and tooltip. */
function sharedOptions(colors: ChartColors, tick: (v: number) => string, tip: (v: number) => string, y: { beginAtZero?: boolean; suggestedMax?: number }) {
  return {
    animation: false as const,
    responsive: true,
    maintainAspectRatio: false,
    scales: {
      x: { ticks: { color: colors.text, maxRotation: 0, autoSkip: true }, grid: { display: false } },
      y: { ...y, ticks: { color: colors.text, callback: (v: string | number) => tick(Number(v)) }, grid: { color: colors.grid } },
    },
    plugins: { tooltip: { callbacks: { label: (item: { raw: unknown }) => tip(Number(item.raw)) } } },
  };
}
