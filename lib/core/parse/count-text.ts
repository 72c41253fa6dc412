import { parseCount } from './count';

export interface CountReading {
  value: number | null;
  /** False when the text was rounded ("46.3m", "12K"): the value is then a lower bound. */
  exact: boolean;
}

/**
 * Reads a count shown as text and tells whether it is exact. A count is exact when
 * its ASCII digits, read in order, spell the parsed value ("7,077,417 views");
 * anything abbreviated or in another script counts as rounded, to stay on the safe side.
 */
export function readCount(text: string | null | undefined, locale?: string): CountReading {
  if (!text) return { value: null, exact: false };
  const value = parseCount(text, locale);
  if (value === null) return { value: null, exact: false };
  const digits = text.replace(/[^0-9]/g, '').replace(/^0+(?=\d)/, '');
  return { value, exact: digits === String(value) };
}
