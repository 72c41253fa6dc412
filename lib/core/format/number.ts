/**
 * Display helpers. Unknown reads "unknown", never 0; rounded counts carry "≈"
 * so a lower bound never looks exact. Locale defaults to the browser's.
 */
export function formatCount(n: number | null, approximate = false, locale?: string): string {
  if (n === null) return 'unknown';
  const text = numberFormat(locale, {}).format(n);
  return approximate ? `≈${text}` : text;
}

/** A rate as a percentage; one built from rounded counts carries "≈". */
export function formatRate(rate: number | null, approximate = false, locale?: string): string {
  if (rate === null) return 'unknown';
  const text = numberFormat(locale, PERCENT).format(rate);
  return approximate ? `≈${text}` : text;
}

/** "£350", or "—" when no quote is known (never "£0"). */
export function formatMoney(money: { amount: number; currency: string } | null, locale?: string): string {
  if (!money) return '—';
  return numberFormat(locale, { style: 'currency', currency: money.currency, maximumFractionDigits: 2 }).format(money.amount);
}

const PERCENT: Intl.NumberFormatOptions = { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 };
const formats = new Map<string, Intl.NumberFormat>();

/** Building a formatter costs far more than using one, and the dashboard formats thousands of cells. */
function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    formats.set(key, f);
  }
  return f;
}

/** "10k", "1.2M": a brief's bounds and a header's count, short; rounded counts carry "≈". */
export function formatCompact(n: number | null, approximate = false): string {
  if (n === null) return 'unknown';
  const text = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 }).format(n).replace('K', 'k');
  return approximate ? `≈${text}` : text;
}
