import { describe, expect, it } from 'vitest';
import { DEFAULT_BRAND } from '@/lib/core/model/brand';
import { addItem, addPreset, defaultThreshold, hasItem, moveItem, resetRange, setItem, setRange } from '@/lib/options/edit';
import { describePath, slugOf } from '@/lib/options/fields';
import { toForm, toProfile } from '@/lib/options/form';
import { benchmarkRows, rateRows } from '@/lib/options/rows';
import { VALUE_PRESETS } from '@/lib/core/scoring/value-fit';

const base = () => toForm(DEFAULT_BRAND, 'en-GB');

describe('checklist edits', () => {
  it('changes what the scout edits and never the id', () => {
    const saved = toForm({ ...DEFAULT_BRAND, checklist: [VALUE_PRESETS[0]!] }, 'en-GB');
    const f = setItem(saved, 0, { label: 'Welcomes everyone', kind: 'auto' });
    expect(f.checklist[0]).toMatchObject({ id: 'inclusivity', label: 'Welcomes everyone', kind: 'auto', key: saved.checklist[0]!.key });
    expect(addItem(f).checklist[1]!.id).toBeNull();
  });

  it('adds each preset once, as a valid item', () => {
    let f = base();
    for (const p of VALUE_PRESETS) f = addPreset(addPreset(f, p), p);
    expect(f.checklist.map((i) => i.id)).toEqual(['inclusivity', 'sustainability', 'no-policy-conflicts', 'content-style']);
    expect(hasItem(f, 'inclusivity')).toBe(true);
    const r = toProfile(f, 'en-GB');
    expect(r.ok && r.profile.checklist).toEqual(VALUE_PRESETS);
  });

  it('moves items within bounds and keeps their keys', () => {
    const f = VALUE_PRESETS.slice(0, 3).reduce(addPreset, base());
    const moved = moveItem(f, 0, 1);
    expect(moved.checklist.map((i) => i.id)).toEqual(['sustainability', 'inclusivity', 'no-policy-conflicts']);
    expect(moved.checklist[1]!.key).toBe(f.checklist[0]!.key);
    expect(moveItem(f, 0, -1)).toBe(f);
    expect(moveItem(f, 2, 1)).toBe(f);
  });

  it('slugs awkward labels within 60 characters', () => {
    expect(slugOf('  --Hello,  World-- ')).toBe('hello-world');
    expect(slugOf('a '.repeat(40)).length).toBeLessThanOrEqual(60);
    expect(slugOf('a '.repeat(40))).not.toMatch(/-$/);
  });
});

describe('overrides and thresholds', () => {
  it('sets one side, then Reset removes the override', () => {
    const f = setRange(base(), 'rateCard', 'tiktok.micro', 'low', '40');
    expect(f.rateCard).toEqual({ 'tiktok.micro': { low: '40', high: '' } });
    expect(resetRange(f, 'rateCard', 'tiktok.micro').rateCard).toEqual({});
  });

  it('gives defaults as they would be typed', () => {
    expect(defaultThreshold('genericCommentsWarn', 'de-DE')).toBe('15');
    expect(defaultThreshold('suspiciousMultiple', 'en-GB')).toBe('3');
  });

  it('describes each row with its default band, fee and source', () => {
    const b = benchmarkRows('en-GB').find((r) => r.key === 'instagram.micro')!;
    expect(b.defaultText).toBe('2% – 3.5% per follower');
    expect(b.source).toMatch(/untapper/);
    const gbp = rateRows('GBP', 'en-GB');
    expect(gbp.find((r) => r.key === 'instagram.micro')!.defaultText).toBe('£80 – £400 per post');
    expect(gbp.find((r) => r.key === 'instagram.mega')!.defaultText).toBe('no published figure');
    expect(rateRows('EUR', 'de-DE').find((r) => r.key === 'tiktok.micro')!.defaultText).toMatch(/^23\s€ – 115\s€ per post$/);
  });

  it('names error paths in words for the summary', () => {
    expect(describePath('competitors.0.name')).toEqual({ text: 'Competitor 1 name', target: 'f-competitors-0-name' });
    expect(describePath('rateCard.tiktok.micro')).toEqual({ text: 'Rate card TikTok micro', target: 'f-rateCard-tiktok-micro-low' });
    expect(describePath('thresholds.postingGapDays').text).toBe('Threshold posting gap days');
  });
});
