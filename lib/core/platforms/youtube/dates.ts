import type { Precision } from '../../model/snapshot';
import { parseRelativeDate } from '../../parse/relative-date';

export interface Dated {
  at: string;
  precision: Precision;
}

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11,
};
const ORDER: readonly Precision[] = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'];

/** "3 weeks ago", "Streamed 2 days ago", "Premiered 5 hours ago" against the capture time. */
export function relativeDate(text: string | null, capturedAt: string): Dated | null {
  if (!text) return null;
  const r = parseRelativeDate(text, new Date(capturedAt));
  return r ? { at: r.date.toISOString(), precision: r.precision } : null;
}

/**
 * A watch page's dateText in English: "12 Nov 2022" (en-GB), "Dec 5, 2019" (en-US), with
 * an optional "Premiered" / "Streamed live on" in front. Other languages fall back to the
 * player's publishDate or the relative text.
 */
export function absoluteDate(text: string | null): Dated | null {
  if (!text) return null;
  const gb = /\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  const us = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(text);
  const parts = gb ? [gb[3], gb[2], gb[1]] : us ? [us[3], us[1], us[2]] : null;
  if (!parts) return null;
  const month = MONTHS[(parts[1] ?? '').slice(0, 3).toLowerCase()];
  if (month === undefined) return null;
  const d = new Date(Date.UTC(Number(parts[0]), month, Number(parts[2])));
  if (Number.isNaN(d.getTime()) || d.getUTCDate() !== Number(parts[2])) return null;
  return { at: d.toISOString(), precision: 'day' };
}

/** The player's publishDate: "2018-08-02T06:00:08-07:00" (to the second) or "2019-12-05" (a day). */
export function isoDate(text: string | null): Dated | null {
  if (!text) return null;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  if (!dateOnly && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/.test(text)) return null;
  const t = Date.parse(dateOnly ? `${text}T00:00:00Z` : text);
  return Number.isNaN(t) ? null : { at: new Date(t).toISOString(), precision: dateOnly ? 'day' : 'second' };
}

/** The most precise of several readings of one date. */
export function finest(dates: (Dated | null)[]): Dated | null {
  let best: Dated | null = null;
  for (const d of dates) {
    if (d && (!best || ORDER.indexOf(d.precision) < ORDER.indexOf(best.precision))) best = d;
  }
  return best;
}
