import type { ReadDays, ReadStop } from '../messaging/protocol';

/** How far a read of the last N days has got, as the panel shows it. */
export interface ReadingProgress {
  posts: number;
  /** The oldest date read among the grid's posts (pinned ones aside); null when none is dated. */
  oldest: string | null;
}

/** "14 Oct", with the year when it is not this year's ("28 Dec 2025"): the scout reads it at a glance. */
export function shortDate(iso: string, now: Date): string {
  const d = new Date(iso);
  const sameYear = d.getUTCFullYear() === now.getUTCFullYear();
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }), timeZone: 'UTC' });
}

/** "38 posts, back to 14 Oct"; "1 post, no dates shown" when the page dates none. */
export function progressText({ posts, oldest }: ReadingProgress, now: Date): string {
  const count = `${posts} post${posts === 1 ? '' : 's'}`;
  return oldest ? `${count}, back to ${shortDate(oldest, now)}` : `${count}, no dates shown yet`;
}

/** Whole days from the oldest date read to now, capped at the window: the progress bar's value. */
export function daysBack(oldest: string | null, days: ReadDays, now: Date): number {
  if (!oldest) return 0;
  const back = Math.floor((now.getTime() - Date.parse(oldest)) / 86_400_000);
  return Math.max(0, Math.min(days, back));
}

/** Why the read ended, in words: what the scorecard below now covers. */
export function endText(reason: ReadStop, days: ReadDays, progress: ReadingProgress, now: Date): string {
  const read = progressText(progress, now);
  switch (reason) {
    case 'window': return `Read the last ${days} days: ${read}. The scorecard covers them.`;
    case 'page-end': return `The page stopped loading posts: ${read}, short of ${days} days. The scorecard covers what loaded.`;
    case 'stopped': return `Stopped: ${read}. The scorecard covers what was read.`;
    case 'limit': return `Stopped after many scrolls: ${read}. The scorecard covers what was read.`;
    case 'left': return `The tab left the page, so reading stopped at ${read}.`;
  }
}

/** What the Read control shows for a read, derived here so the component only draws it. */
export interface ReadingView {
  running: boolean;
  stopping: boolean;
  /** "38 posts, back to 14 Oct", or "Scoring 60 days…" once the page has stopped scrolling. */
  text: string;
  /** Days read back so far, out of `max`. */
  value: number;
  max: ReadDays;
  /** Why it ended and what the scorecard covers; null while running. */
  end: string | null;
}

export function readingView(r: { days: ReadDays; posts: number; oldest: string | null; done: boolean; reason: ReadStop | null; finished: boolean; stopping: boolean }, now: Date): ReadingView {
  const progress = progressText(r, now);
  const ended = r.finished && r.reason !== null;
  return {
    running: !r.finished,
    stopping: r.stopping && !r.finished,
    text: r.done && !r.finished ? `${progress}: scoring…` : progress,
    value: daysBack(r.oldest, r.days, now),
    max: r.days,
    end: ended && r.reason ? endText(r.reason, r.days, r, now) : null,
  };
}
