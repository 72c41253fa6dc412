import { describe, expect, it } from 'vitest';
import { formatInput, formatMoney, fromPercent, parseNumber } from '@/lib/options/numbers';

const value = (text: string, locale: string) => {
  const r = parseNumber(text, locale);
  return r.ok ? r.value : r.reason;
};

describe('parseNumber', () => {
  it.each([
    ['15', 'en-GB', 15], ['3.5', 'en-GB', 3.5], ['3,5', 'en-GB', 3.5], ['1,000', 'en-GB', 1000], ['1.000', 'en-GB', 1],
    ['3,5', 'de-DE', 3.5], ['3.5', 'de-DE', 3.5], ['1.000', 'de-DE', 1000], ['1,000', 'de-DE', 1], ['2.500,50', 'de-DE', 2500.5],
    ['1,234,567.8', 'en-US', 1234567.8], ['1 500', 'fr-FR', 1500], ['1\u202f500,5', 'fr-FR', 1500.5], ["1'500", 'de-CH', 1500],
    ['-2', 'en-GB', -2], ['\u22122', 'en-GB', -2], ['.5', 'en-GB', 0.5], ['  7  ', 'en-GB', 7],
    ['', 'en-GB', 'empty'], ['   ', 'en-GB', 'empty'], ['abc', 'en-GB', 'invalid'], ['1e3', 'en-GB', 'invalid'], ['1.2.3,4', 'en-GB', 'invalid'],
    ['12%', 'en-GB', 'invalid'], ['.', 'en-GB', 'invalid'], ['1,2,3.4.5', 'en-GB', 'invalid'], ['1,00,000', 'en-IN', 100000], ['1.2.3', 'de-DE', 'invalid'], ['12,34,5', 'en-GB', 'invalid'],
  ])('%j in %s → %s', (text, locale, expected) => {
    expect(value(text, locale)).toBe(expected);
  });
});

describe('formatting', () => {
  it('writes input values in the locale without grouping or float noise', () => {
    expect(formatInput(3.5000000000000004, 'de-DE')).toBe('3,5');
    expect(formatInput(12500, 'en-GB')).toBe('12500');
    expect(formatMoney(1500, 'EUR', 'de-DE')).toMatch(/^1\.500\s€$/);
    expect(fromPercent(1.85)).toBe(0.0185);
  });
});
