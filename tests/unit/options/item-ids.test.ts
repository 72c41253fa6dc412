import { describe, expect, it } from 'vitest';
import { DEFAULT_BRAND } from '@/lib/core/model/brand';
import { VALUE_PRESETS } from '@/lib/core/scoring/value-fit';
import { addItem, addPreset, setItem } from '@/lib/options/edit';
import { toForm, toProfile, type BrandForm } from '@/lib/options/form';
import { itemIds, uniqueId } from '@/lib/options/item-ids';

const item = (label: string, id: string | null = null) => ({ id, label });
const idsAfterSave = (f: BrandForm) => {
  const r = toProfile(f, 'en-GB');
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.profile;
};

describe('checklist item ids, made from the label', () => {
  it('slugs a new item\'s label, accents and signs dropped', () => {
    expect(itemIds([item('Loves Café culture & dogs!')])).toEqual(['loves-cafe-culture-dogs']);
  });

  it('makes them unique within the brand, never taking an id a saved item holds', () => {
    expect(itemIds([item('Vegan'), item('vegan!'), item('Vegan', 'vegan-2')])).toEqual(['vegan', 'vegan-3', 'vegan-2']);
    expect(itemIds([item('Sustainability'), item('Green', 'sustainability')])).toEqual(['sustainability-2', 'sustainability']);
  });

  it('gives a label with no Latin letters or digits an id all the same', () => {
    expect(itemIds([item('日本語'), item('!!!')])).toEqual(['item', 'item-2']);
  });

  it('keeps a long label\'s id within 60 characters, suffix included', () => {
    const long = 'word '.repeat(30);
    const [a, b] = itemIds([item(long), item(long)]);
    expect(a!.length).toBeLessThanOrEqual(60);
    expect(b).toMatch(/^[a-z0-9-]{1,60}$/);
    expect(b).toMatch(/-2$/);
    expect(uniqueId('x', () => false)).toBe('x');
  });

  it('repairs a repeated stored id on the second item instead of sharing it', () => {
    expect(itemIds([item('A', 'same'), item('Other thing', 'same')])).toEqual(['same', 'other-thing']);
  });

  it('keeps a saved item\'s id when its label changes, so its answers still point at it', () => {
    let f = addItem(toForm(DEFAULT_BRAND, 'en-GB'));
    f = setItem(f, 0, { label: 'Outdoorsy' });
    const first = idsAfterSave(f);
    expect(first.checklist[0]!.id).toBe('outdoorsy');
    // What the page shows after a save: the stored profile, read back.
    const relabelled = setItem(toForm(first, 'en-GB'), 0, { label: 'Loves the outdoors' });
    expect(idsAfterSave(relabelled).checklist[0]).toMatchObject({ id: 'outdoorsy', label: 'Loves the outdoors' });
  });

  it('follows the label until the first save', () => {
    let f = setItem(addItem(toForm(DEFAULT_BRAND, 'en-GB')), 0, { label: 'Draft label' });
    f = setItem(f, 0, { label: 'Final label' });
    expect(idsAfterSave(f).checklist[0]!.id).toBe('final-label');
  });

  it('gives a preset its own id, and a new item with the same label another', () => {
    let f = addPreset(toForm(DEFAULT_BRAND, 'en-GB'), VALUE_PRESETS[0]!);
    f = setItem(addItem(f), 1, { label: 'Inclusivity' });
    expect(idsAfterSave(f).checklist.map((i) => i.id)).toEqual(['inclusivity', 'inclusivity-2']);
  });
});
