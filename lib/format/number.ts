/**
 * Display helpers. Unknown reads "unknown", never 0; rounded counts carry "≈"
 * so a lower bound never looks exact. Locale defaults to the browser's.
 */
export function formatCount(n: number | null, approximate = false, locale?: string): string {
  if (n === null) return 'unknown';
  const text = new Intl.NumberFormat(locale).format(n);
  return approximate ? `≈${text}` : text;
}

export function formatRate(rate: number | null, locale?: string): string {
  if (rate === null) return 'unknown';
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(rate);
}

/** "£350", or "—" when no quote is known (never "£0"). */
export function formatMoney(money: { amount: number; currency: string } | null, locale?: string): string {
  if (!money) return '—';
  return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency, maximumFractionDigits: 2 }).format(money.amount);
}
