/** Numbers as the scout types them, in their own locale: "3,5" in Berlin, "1,000" in London. */

export type ParsedNumber = { ok: true; value: number } | { ok: false; reason: 'empty' | 'invalid' };

function decimalOf(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
}

/**
 * Reads a typed number. Both "." and "," are understood, so a pasted "3.5" still means
 * three and a half on a German browser: with both present the last is the decimal mark;
 * with one that appears once, it is decimal unless exactly three digits follow, and then
 * the locale decides (in "1,000" a comma groups thousands in London but not in Paris).
 */
export function parseNumber(text: string, locale: string): ParsedNumber {
  const t = text.trim().replace(/[\s\u00a0\u202f'’]/g, '').replace(/^\u2212/, '-');
  if (t === '') return { ok: false, reason: 'empty' };
  if (!/^-?[\d.,]+$/.test(t) || !/\d/.test(t)) return { ok: false, reason: 'invalid' };
  const dots = t.split('.').length - 1;
  const commas = t.split(',').length - 1;
  let decimal: string | null = null;
  if (dots && commas) decimal = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
  else if (dots + commas === 1) {
    const mark = dots ? '.' : ',';
    const after = t.length - t.indexOf(mark) - 1;
    decimal = after !== 3 || decimalOf(locale) === mark ? mark : null;
  }
  const group = decimal === '.' ? ',' : decimal === ',' ? '.' : dots ? '.' : commas ? ',' : null;
  if (decimal && t.split(decimal).length > 2) return { ok: false, reason: 'invalid' };
  const [int = '', fraction] = decimal ? t.split(decimal) : [t];
  // Groups after the first have three digits (two in Indian lakhs, "1,00,000"); "1.2.3" is a typo, not a number.
  const groups = group ? int.split(group) : [int];
  if (groups.slice(1).some((g, i, all) => !(i === all.length - 1 ? /^\d{3}$/ : /^\d{2,3}$/).test(g))) return { ok: false, reason: 'invalid' };
  const s = `${groups.join('')}${fraction === undefined ? '' : `.${fraction}`}`;
  if (!/^-?\d*(\.\d+)?$/.test(s) || !/\d/.test(s)) return { ok: false, reason: 'invalid' };
  const value = Number(s);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'invalid' };
}

/** A number for an input box: the locale's decimal mark, no grouping, no float noise. */
export function formatInput(value: number, locale: string, maxFraction = 4): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: maxFraction }).format(value);
}

/** A number to read: grouped and in the locale's style. */
export function formatNumber(value: number, locale: string, maxFraction = 2): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxFraction }).format(value);
}

export function formatPercent(fraction: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(fraction);
}

export function formatMoney(value: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
}

/** Percent typed → the fraction the profile stores, without 0.018500000000000003. */
export function fromPercent(percent: number): number {
  return Number((percent / 100).toPrecision(12));
}

export function toPercent(fraction: number): number {
  return Number((fraction * 100).toPrecision(12));
}
