import { useEffect, useId, useRef } from 'react';

export interface ChartTable {
  headers: [string, string];
  rows: [string, string][];
}

interface Props {
  title: string;
  /** One or two sentences that say what the picture shows; the canvas is described by it. */
  summary: string;
  table: ChartTable;
  testId: string;
  /** Draws on the canvas; loaded lazily so chart.js never delays the scorecard's first paint. */
  draw(canvas: HTMLCanvasElement): Promise<{ destroy(): void }>;
}

/** A chart with its text alternative: the canvas is labelled, and the numbers are a table anyone can open. */
export function ChartFigure({ title, summary, table, testId, draw }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const summaryId = useId();
  useEffect(() => {
    const canvas = canvasRef.current;
    // No 2D context (tests, a locked-down browser): the table still tells the story.
    if (!canvas || !canvas.getContext?.('2d')) return;
    let chart: { destroy(): void } | null = null;
    let cancelled = false;
    draw(canvas).then((c) => {
      if (cancelled) c.destroy();
      else chart = c;
    }, (err: unknown) => console.warn('[microscope] chart not drawn', err));
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [draw]);
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <div className="chart-box">
        <canvas ref={canvasRef} role="img" aria-label={title} aria-describedby={summaryId} />
      </div>
      <p className="muted chart-summary" id={summaryId} data-testid={`${testId}-summary`}>{summary}</p>
      <details>
        <summary>Show the numbers</summary>
        <table>
          <thead><tr><th scope="col">{table.headers[0]}</th><th scope="col" className="num">{table.headers[1]}</th></tr></thead>
          <tbody>{table.rows.map(([a, b], i) => <tr key={`${a}-${i}`}><td>{a}</td><td className="num">{b}</td></tr>)}</tbody>
        </table>
      </details>
    </figure>
  );
}
