import { describe, it, expect } from 'vitest';
import { parseRelativeDate } from '../../../lib/core/parse/relative-date';

// End of a 31-day month in a leap year, so calendar arithmetic is visible.
const NOW = new Date('2024-03-31T10:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function iso(text: string, locale?: string): string | null {
  return parseRelativeDate(text, NOW, locale)?.date.toISOString() ?? null;
}

function precision(text: string, locale?: string): string | null {
  return parseRelativeDate(text, NOW, locale)?.precision ?? null;
}

describe('parseRelativeDate: English', () => {
  it.each([
    ['1 second ago', '2024-03-31T09:59:59.000Z', 'second'],
    ['45 seconds ago', '2024-03-31T09:59:15.000Z', 'second'],
    ['1 minute ago', '2024-03-31T09:59:00.000Z', 'minute'],
    ['1 hour ago', '2024-03-31T09:00:00.000Z', 'hour'],
    ['7 hours ago', '2024-03-31T03:00:00.000Z', 'hour'],
    ['3 days ago', '2024-03-28T10:00:00.000Z', 'day'],
    ['3 weeks ago', '2024-03-10T10:00:00.000Z', 'week'],
    ['1 month ago', '2024-02-29T10:00:00.000Z', 'month'],
    ['13 months ago', '2023-02-28T10:00:00.000Z', 'month'],
    ['4 years ago', '2020-03-31T10:00:00.000Z', 'year'],
    ['Streamed 2 days ago', '2024-03-29T10:00:00.000Z', 'day'],
    ['Premiered 3 days ago', '2024-03-28T10:00:00.000Z', 'day'],
    ['Streamed live 6 hours ago', '2024-03-31T04:00:00.000Z', 'hour'],
    ['12 minutes ago (edited)', '2024-03-31T09:48:00.000Z', 'minute'],
    ['an hour ago', '2024-03-31T09:00:00.000Z', 'hour'],
    ['yesterday', '2024-03-30T10:00:00.000Z', 'day'],
    ['today', '2024-03-31T10:00:00.000Z', 'day'],
    ['1 year, 2 months ago', '2023-01-31T10:00:00.000Z', 'month'],
  ] as const)('%j', (text, expected, unit) => {
    expect(iso(text)).toBe(expected);
    expect(precision(text)).toBe(unit);
  });

  it.each([
    ['5d', 5 * DAY],
    ['3w', 21 * DAY],
    ['6h', 6 * HOUR],
    ['10min ago', 10 * 60_000],
    ['30s ago', 30_000],
    ['2 hrs ago', 2 * HOUR],
    ['2 wks ago', 14 * DAY],
  ] as const)('reads the compact form %j', (text, ms) => {
    expect(parseRelativeDate(text, NOW)?.date.getTime()).toBe(NOW.getTime() - ms);
  });

  it('reads compact months and years as calendar units', () => {
    expect(iso('2mo ago')).toBe('2024-01-31T10:00:00.000Z');
    expect(iso('3y ago')).toBe('2021-03-31T10:00:00.000Z');
    expect(iso('1yr ago')).toBe('2023-03-31T10:00:00.000Z');
  });

  it('gives a date after now for future forms, never a past one', () => {
    expect(iso('in 3 days')).toBe('2024-04-03T10:00:00.000Z');
    expect(iso('2 hours from now')).toBe('2024-03-31T12:00:00.000Z');
    expect(iso('tomorrow')).toBe('2024-04-01T10:00:00.000Z');
  });
});

describe('parseRelativeDate: other YouTube UI languages', () => {
  it.each([
    ['vor 3 Wochen', 'de', '2024-03-10T10:00:00.000Z'],
    ['vor 1 Jahr', 'de', '2023-03-31T10:00:00.000Z'],
    ['il y a 3 jours', 'fr', '2024-03-28T10:00:00.000Z'],
    ['il y a\u00a02\u00a0heures', 'fr', '2024-03-31T08:00:00.000Z'],
    ['Hace 5 meses', 'es', '2023-10-31T10:00:00.000Z'],
    ['há 2 semanas', 'pt-PT', '2024-03-17T10:00:00.000Z'],
    ['4 dias atrás', 'pt-BR', '2024-03-27T10:00:00.000Z'],
    ['3 giorni fa', 'it', '2024-03-28T10:00:00.000Z'],
    ['2 dagen geleden', 'nl', '2024-03-29T10:00:00.000Z'],
    ['5 месяцев назад', 'ru', '2023-10-31T10:00:00.000Z'],
    ['Неделю назад', 'ru', '2024-03-24T10:00:00.000Z'],
    ['3 години тому', 'uk', '2024-03-31T07:00:00.000Z'],
    ['2 lata temu', 'pl', '2022-03-31T10:00:00.000Z'],
    ['před 6 hodinami', 'cs', '2024-03-31T04:00:00.000Z'],
    ['včera', 'cs', '2024-03-30T10:00:00.000Z'],
    ['4 gün önce', 'tr', '2024-03-27T10:00:00.000Z'],
    ['3 hete', 'hu', '2024-03-10T10:00:00.000Z'],
    ['2 tuntia sitten', 'fi', '2024-03-31T08:00:00.000Z'],
    ['för 3 dagar sedan', 'sv', '2024-03-28T10:00:00.000Z'],
    ['3 hari yang lalu', 'id', '2024-03-28T10:00:00.000Z'],
    ['Πριν από 2 ημέρες', 'el', '2024-03-29T10:00:00.000Z'],
    ['3 ngày trước', 'vi', '2024-03-28T10:00:00.000Z'],
    ['3 天前', 'zh-CN', '2024-03-28T10:00:00.000Z'],
    ['2 週間前', 'ja', '2024-03-17T10:00:00.000Z'],
    ['3개월 전', 'ko', '2023-12-31T10:00:00.000Z'],
    ['3 दिन पहले', 'hi', '2024-03-28T10:00:00.000Z'],
    ['৩ দিন আগে', 'bn', '2024-03-28T10:00:00.000Z'],
    ['قبل 3 أيام', 'ar', '2024-03-28T10:00:00.000Z'],
    ['قبل يومين', 'ar', '2024-03-29T10:00:00.000Z'],
    ['۳ روز پیش', 'fa', '2024-03-28T10:00:00.000Z'],
    ['לפני שבוע', 'he', '2024-03-24T10:00:00.000Z'],
    ['3 วันที่ผ่านมา', 'th', '2024-03-28T10:00:00.000Z'],
    ['siku 3 zilizopita', 'sw', '2024-03-28T10:00:00.000Z'],
    ['Пре месец дана', 'sr', '2024-02-29T10:00:00.000Z'],
  ] as const)('%j (%s)', (text, locale, expected) => {
    expect(iso(text, locale)).toBe(expected);
  });

  it('finds the language without a locale', () => {
    expect(iso('vor 3 Wochen')).toBe('2024-03-10T10:00:00.000Z');
    expect(iso('il y a 3 jours')).toBe('2024-03-28T10:00:00.000Z');
  });

  it('tells Malay "saat" (second) from Turkish "saat" (hour) by the marker', () => {
    expect(precision('5 saat yang lalu')).toBe('second');
    expect(precision('5 saat önce')).toBe('hour');
  });

  it('does not read a case-ending future as a bare past duration', () => {
    expect(parseRelativeDate('10 সেকেন্ডে', NOW, 'bn')).toBeNull();
  });
});

describe('parseRelativeDate: contract', () => {
  it('uses only the given now', () => {
    const later = new Date(NOW.getTime() + 7 * DAY);
    const a = parseRelativeDate('2 hours ago', NOW);
    const b = parseRelativeDate('2 hours ago', later);
    expect(b && a ? b.date.getTime() - a.date.getTime() : null).toBe(7 * DAY);
  });

  it('does not mutate now', () => {
    const now = new Date(NOW.getTime());
    parseRelativeDate('3 months ago', now);
    expect(now.getTime()).toBe(NOW.getTime());
  });

  it.each([[''], ['not a date string'], ['ago'], ['1,234 views'], ['hello world']])('%j → null', (text) => {
    expect(parseRelativeDate(text, NOW)).toBeNull();
  });

  it('returns null instead of throwing on bad input', () => {
    expect(parseRelativeDate(null as unknown as string, NOW)).toBeNull();
    expect(parseRelativeDate('3 days ago', new Date(Number.NaN))).toBeNull();
    expect(parseRelativeDate('3 days ago', 'now' as unknown as Date)).toBeNull();
    expect(parseRelativeDate('99999999999 years ago', NOW)).toBeNull();
  });
});
