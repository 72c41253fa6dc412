import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BrandProfile, DEFAULT_BRAND } from '@/lib/core/model/brand';
import { toForm, toProfile, type BrandForm, type FormResult } from '@/lib/options/form';

const demo = BrandProfile.parse(JSON.parse(readFileSync(new URL('../../fixtures/samples/demo-brand.json', import.meta.url), 'utf8')));
const full = BrandProfile.parse({
  ...demo,
  id: 'brand-k3x9q2ab',
  benchmarkOverrides: { 'instagram.micro': { low: 0.0185, high: 0.035 }, 'youtube.mega': { low: 0.007, high: 0.04 } },
  rateCard: { 'tiktok.micro': { low: 1500, high: 2500.5 } },
  thresholds: { genericCommentsWarn: 0.125, postingGapDays: 21, suspiciousMultiple: 2.5 },
});

const errorsOf = (r: FormResult) => (r.ok ? {} : r.errors);
const withForm = (patch: (f: BrandForm) => BrandForm, locale = 'en-GB') => toProfile(patch(toForm(full, locale)), locale);

describe('toForm → toProfile', () => {
  it.each([['en-GB'], ['de-DE'], ['fr-FR'], ['en-US']])('round-trips every field in %s', (locale) => {
    expect(toProfile(toForm(full, locale), locale)).toEqual({ ok: true, profile: full });
    expect(toProfile(toForm(DEFAULT_BRAND, locale), locale)).toEqual({ ok: true, profile: DEFAULT_BRAND });
  });

  it('shows fractions as percent and numbers in the locale', () => {
    const de = toForm(full, 'de-DE');
    expect(de.thresholds.genericCommentsWarn).toBe('12,5');
    expect(de.benchmarkOverrides['instagram.micro']).toEqual({ low: '1,85', high: '3,5' });
    expect(de.rateCard['tiktok.micro']).toEqual({ low: '1500', high: '2500,5' });
    expect(toForm(full, 'en-GB').thresholds.suspiciousMultiple).toBe('2.5');
    expect(de.handles).toBe('patchworkoutdoor');
    expect(de.checklist[0]).toMatchObject({ id: 'sustainability', lookFor: 'sustainable, secondhand, thrifted, upcycled, slow fashion, mending, repair' });
  });

  it('splits lists on commas and new lines, ignoring blanks, and normalises handles', () => {
    const r = withForm((f) => ({ ...f, handles: '@Patchwork,\n  second.one ,, \n', competitors: [{ key: 1, name: ' Acme ', handles: '@ACME', keywords: 'acme\nacme outdoor,' }] }));
    expect(r.ok && r.profile.handles).toEqual(['patchwork', 'second.one']);
    expect(r.ok && r.profile.competitors).toEqual([{ name: 'Acme', handles: ['acme'], keywords: ['acme', 'acme outdoor'] }]);
  });

  it('turns typed percent back into fractions without float noise', () => {
    const r = withForm((f) => ({ ...f, thresholds: { ...f.thresholds, genericCommentsWarn: '7' }, benchmarkOverrides: { 'tiktok.mega': { low: '1.85', high: '2.2' } } }));
    expect(r.ok && r.profile.thresholds.genericCommentsWarn).toBe(0.07);
    expect(r.ok && r.profile.benchmarkOverrides).toEqual({ 'tiktok.mega': { low: 0.0185, high: 0.022 } });
  });

  it('reads a fee typed with the locale grouping', () => {
    const r = withForm((f) => ({ ...f, rateCard: { 'instagram.macro': { low: '1.000', high: '2.500,50' } } }), 'de-DE');
    expect(r.ok && r.profile.rateCard).toEqual({ 'instagram.macro': { low: 1000, high: 2500.5 } });
  });

  it('drops an override whose boxes are both empty', () => {
    const r = withForm((f) => ({ ...f, benchmarkOverrides: { 'instagram.micro': { low: ' ', high: '' } }, rateCard: {} }));
    expect(r.ok && r.profile.benchmarkOverrides).toEqual({});
    expect(r.ok && r.profile.rateCard).toEqual({});
  });
});

describe('toProfile errors, keyed by field', () => {
  it('names the brand field at fault', () => {
    expect(errorsOf(withForm((f) => ({ ...f, name: '  ' })))).toEqual({ name: 'Required' });
    expect(errorsOf(withForm((f) => ({ ...f, markets: [] })))).toEqual({ markets: 'Pick at least one' });
    expect(errorsOf(withForm((f) => ({ ...f, name: 'x'.repeat(121) })))).toEqual({ name: 'At most 120 characters' });
  });

  it('quotes the bad entry of a list and points at the whole box', () => {
    expect(errorsOf(withForm((f) => ({ ...f, handles: 'good, bad handle' })))).toEqual({ handles: '“bad handle”: a handle has letters, digits, ".", "_" or "-"' });
    const r = withForm((f) => ({ ...f, competitors: [{ key: 1, name: '', handles: 'ok, no way!', keywords: 'k'.repeat(81) }] }));
    expect(errorsOf(r)).toEqual({
      'competitors.0.name': 'Required',
      'competitors.0.handles': '“no way!”: a handle has letters, digits, ".", "_" or "-"',
      'competitors.0.keywords': `“${'k'.repeat(81)}”: at most 80 characters`,
    });
  });

  it('explains numbers that are not numbers, missing or out of range', () => {
    expect(errorsOf(withForm((f) => ({ ...f, exclusivityDays: 'ninety' })))).toEqual({ exclusivityDays: '“ninety” is not a number' });
    expect(errorsOf(withForm((f) => ({ ...f, exclusivityDays: '' })))).toEqual({ exclusivityDays: 'Enter a number' });
    expect(errorsOf(withForm((f) => ({ ...f, exclusivityDays: '3.5' })))).toEqual({ exclusivityDays: 'Enter a whole number' });
    expect(errorsOf(withForm((f) => ({ ...f, exclusivityDays: '4000' })))).toEqual({ exclusivityDays: 'At most 3,650' });
    expect(errorsOf(withForm((f) => ({ ...f, thresholds: { genericCommentsWarn: '150', postingGapDays: '0', suspiciousMultiple: '21' } })))).toEqual({
      'thresholds.genericCommentsWarn': 'At most 100%',
      'thresholds.postingGapDays': 'At least 1',
      'thresholds.suspiciousMultiple': 'At most 20',
    });
  });

  it('checks each override box and the band as a whole', () => {
    const r = withForm((f) => ({
      ...f,
      benchmarkOverrides: { 'instagram.micro': { low: '5', high: '' }, 'tiktok.nano': { low: '-1', high: '120' }, 'youtube.macro': { low: '20', high: '10' } },
      rateCard: { 'tiktok.micro': { low: '300', high: '200' }, 'youtube.nano': { low: '-5', high: '10' } },
    }));
    expect(errorsOf(r)).toEqual({
      'benchmarkOverrides.instagram.micro.high': 'Enter a number',
      'benchmarkOverrides.tiktok.nano.low': 'At least 0%',
      'benchmarkOverrides.tiktok.nano.high': 'At most 100%',
      'benchmarkOverrides.youtube.macro': 'Low must be below high',
      'rateCard.tiktok.micro': 'Low must not exceed high',
      'rateCard.youtube.nano.low': 'At least 0',
    });
  });

  it('requires a label on each checklist item', () => {
    const r = withForm((f) => ({ ...f, checklist: [f.checklist[0]!, { ...f.checklist[1]!, label: ' ' }] }));
    expect(errorsOf(r)).toEqual({ 'checklist.1.label': 'Required' });
  });

  it('refuses a name another brand has, whatever its case', () => {
    expect(errorsOf(toProfile({ ...toForm(full, 'en-GB'), name: ' zest ' }, 'en-GB', ['Zest', 'Acme']))).toEqual({ name: 'Another brand is already called “Zest”' });
    expect(toProfile(toForm(full, 'en-GB'), 'en-GB', ['Zest']).ok).toBe(true);
  });

  it('reports every problem at once and never changes the form', () => {
    const form = { ...toForm(full, 'en-GB'), name: '', exclusivityDays: 'x', markets: [] };
    const copy = structuredClone(form);
    expect(Object.keys(errorsOf(toProfile(form, 'en-GB'))).sort()).toEqual(['exclusivityDays', 'markets', 'name']);
    expect(form).toEqual(copy);
  });
});
