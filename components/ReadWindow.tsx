import type { ReadDays } from '@/lib/messaging/protocol';
import type { ReadingView } from '@/lib/panel/read-window-text';

interface Props {
  days: ReadDays;
  onDays(days: ReadDays): void;
  /** The read under way or just ended; null before the first. */
  reading: ReadingView | null;
  /** No tab to read, or another read of the page is under way. */
  disabled: boolean;
  onRead(): void;
  onStop(): void;
}

const CHOICES: readonly ReadDays[] = [30, 60, 90];

/**
 * "Read the last 60 days": the page is scrolled for the scout, at a person's pace, until its
 * posts reach back that far; a progress bar while it reads, Stop, and then the scorecard as usual.
 */
export function ReadWindow({ days, onDays, reading, disabled, onRead, onStop }: Props) {
  const running = reading?.running ?? false;
  return (
    <section className="read-window" aria-label="Read more posts" data-testid="read-window">
      {running && reading ? (
        <>
          <label className="small" htmlFor="read-window-progress">Reading the last {reading.max} days</label>
          <progress id="read-window-progress" max={reading.max} value={reading.value} aria-valuetext={reading.text} data-testid="read-progress" />
          <p className="small" role="status" data-testid="read-progress-text">{reading.text}</p>
          <button type="button" className="secondary small" onClick={onStop} disabled={reading.stopping} data-testid="read-stop">{reading.stopping ? 'Stopping…' : 'Stop'}</button>
        </>
      ) : (
        <p className="small">
          <button type="button" className="secondary small" onClick={onRead} disabled={disabled} data-testid="read-window-start">Read the last {days} days</button>{' '}
          <select aria-label="How many days to read back" value={days} onChange={(e) => onDays(Number(e.target.value) as ReadDays)} data-testid="read-window-days">
            {CHOICES.map((d) => <option key={d} value={d}>{d} days</option>)}
          </select>
        </p>
      )}
      {reading?.end ? <p className="muted small" role="status" data-testid="read-window-end">{reading.end}</p> : null}
      {running ? null : <p className="muted small">Scrolls the creator’s grid for you, about one screen every 1.3 seconds, so the page loads older posts; it sends no request of its own and puts the page back where it was.</p>}
    </section>
  );
}
