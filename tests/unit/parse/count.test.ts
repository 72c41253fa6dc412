import { describe, it, expect } from 'vitest';
import { parseCount } from '../../../lib/core/parse/count';

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

describe('parseCount: plain and grouped digits', () => {
  it.each([
    ['0', 0],
    ['42', 42],
    ['1,234', 1234],
    ['9.876', 9876],
    ['12,345,678', 12_345_678],
    ['3.141.592', 3_141_592],
    [`48${NBSP}213`, 48_213],
    [`1${NARROW_NBSP}500${NARROW_NBSP}000`, 1_500_000],
    ["2'468", 2468],
    ['1,234.5', 1235],
  ] as const)('%j → %d', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });
});

describe('parseCount: abbreviations', () => {
  it.each([
    ['12.3K', 12_300],
    ['12.3k', 12_300],
    ['987K', 987_000],
    ['1.2M', 1_200_000],
    ['3B', 3_000_000_000],
    ['2.5kk', 2_500_000],
    ['12,3 k', 12_300],
    ['7,5M', 7_500_000],
    [`4.2${NBSP}K`, 4200],
    ['1.2 lakh', 120_000],
    ['3 crore', 30_000_000],
    ['64 thousand', 64_000],
    ['2.7 million', 2_700_000],
  ] as const)('%j → %d', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });
});

describe('parseCount: localized scale words', () => {
  it.each([
    ['3,7 Mio.', 'de', 3_700_000],
    ['2 Mrd.', 'de', 2_000_000_000],
    ['17 Tausend', 'de', 17_000],
    ['8,1 M', 'fr', 8_100_000],
    ['650 k', 'fr', 650_000],
    ['3,3 mil', 'pt-BR', 3300],
    ['2,9 mi', 'pt-BR', 2_900_000],
    ['7 mil', 'es', 7000],
    ['2 mil millones', 'es', 2_000_000_000],
    ['5,6 mil.', 'cs', 5_600_000],
    ['8,8 tys.', 'pl', 8800],
    ['2,2 млн', 'ru', 2_200_000],
    ['31 тыс.', 'ru', 31_000],
    ['6,6 тисяч', 'uk', 6600],
    ['9,9 E', 'hu', 9900],
    ['2 B', 'tr', 2000],
    ['6 Mn', 'tr', 6_000_000],
    ['7,7 N', 'vi', 7700],
    ['3 Tr', 'vi', 3_000_000],
    ['8,4 jt', 'id', 8_400_000],
    ['2 M', 'id', 2_000_000_000],
    ['5,5 t', 'da', 5500],
    ['3.8万', 'ja', 38_000],
    ['7.3萬', 'zh-TW', 73_000],
    ['2.6亿', 'zh-CN', 260_000_000],
    ['5.1만', 'ko', 51_000],
    ['3.3억', 'ko', 330_000_000],
    ['2.2 लाख', 'hi', 220_000],
    ['7.1 हज़ार', 'hi', 7100],
    ['6.6 แสน', 'th', 660_000],
    ['8.8 ألف', 'ar', 8800],
    ['3.2 מיליון', 'he', 3_200_000],
  ] as const)('%j (%s) → %d', (text, locale, expected) => {
    expect(parseCount(text, locale)).toBe(expected);
  });
});

describe('parseCount: native digits', () => {
  it('reads Bengali digits with a Bengali scale word', () => {
    expect(parseCount('৭.৩ হা', 'bn')).toBe(7300);
  });
  it('reads Persian digits and the Arabic decimal separator', () => {
    expect(parseCount('۶٫۴ هزار', 'fa')).toBe(6400);
  });
  it('reads Arabic-Indic digits', () => {
    expect(parseCount('٣٤٥ ألف', 'ar')).toBe(345_000);
  });
  it('reads Devanagari digits', () => {
    expect(parseCount('२.५ लाख', 'mr')).toBe(250_000);
  });
  it('reads Burmese digits', () => {
    expect(parseCount('၃.၃ သောင်း', 'my')).toBe(33_000);
  });
});

describe('parseCount: prefix forms', () => {
  it('reads Swahili "elfu 8.2" (thousand before the number)', () => {
    expect(parseCount('elfu 8.2', 'sw')).toBe(8200);
  });
  it('reads Swahili "milioni 3"', () => {
    expect(parseCount('milioni 3', 'sw')).toBe(3_000_000);
  });
});

describe('parseCount: text around the number', () => {
  it.each([
    ['has 3.4M views', 3_400_000],
    ['42m subscribers', 42_000_000],
    ['7,654,321 views', 7_654_321],
    ['12.5K followers', 12_500],
    ['1,234 likes', 1234],
    ['Followers 9,876', 9876],
  ] as const)('%j → %d', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });

  it('prefers exact digits over the abbreviation of the same count', () => {
    expect(parseCount('2.3M views (2,345,678 views)')).toBe(2_345_678);
  });

  it('ignores unrelated exact numbers next to an abbreviated count', () => {
    expect(parseCount('Top 5 • 8.1M views')).toBe(8_100_000);
  });

  it('does not read a unit word as a scale ("12 months")', () => {
    expect(parseCount('12 months')).toBe(12);
  });
});

describe('parseCount: locale disambiguates separators before a scale word', () => {
  it('reads "1.234 Mio." as 1,234 million in German', () => {
    expect(parseCount('1.234 Mio.', 'de')).toBe(1_234_000_000);
  });
  it('reads "1.234 Mio." as 1.234 million without a locale', () => {
    expect(parseCount('1.234 Mio.')).toBe(1_234_000);
  });
  it('reads "1,234K" as 1,234 thousand in English', () => {
    expect(parseCount('1,234K', 'en')).toBe(1_234_000);
  });
  it('still groups thousands without a scale word in a decimal-comma locale', () => {
    expect(parseCount('1,234', 'de')).toBe(1234);
  });
});

describe('parseCount: rejects what is not a count', () => {
  it.each([[''], ['   '], ['views'], ['Gobbledygook'], ['-12'], ['−3K'], ['99999999999999999999']])(
    '%j → null',
    (text) => {
      expect(parseCount(text)).toBeNull();
    },
  );

  it('returns null for non-string input instead of throwing', () => {
    expect(parseCount(null as unknown as string)).toBeNull();
    expect(parseCount({} as unknown as string)).toBeNull();
    expect(parseCount([] as unknown as string)).toBeNull();
  });

  it('passes a non-negative number through', () => {
    expect(parseCount(77 as unknown as string)).toBe(77);
    expect(parseCount(-1 as unknown as string)).toBeNull();
    expect(parseCount(Number.NaN as unknown as string)).toBeNull();
  });

  it('never returns NaN or a negative number for odd strings', () => {
    const odd = ['.', ',', '.5K', '1..2K', 'K', '1,,,', '٫', 'elfu', '∞', '1e9', '--7', '1 2 3'];
    for (const text of odd) {
      const value = parseCount(text);
      expect(value === null || (Number.isSafeInteger(value) && value >= 0)).toBe(true);
    }
  });
});
