import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BrandProfile, DEFAULT_BRAND } from '@/lib/core/model/brand';
import { briefOf } from '@/lib/core/model/campaign';
import { deleteBrand, lastCampaign, loadBrand, loadBrands, saveBrand } from '@/lib/store/settings';
import { updateCampaign } from '@/lib/store/campaigns';
import { saveEntry } from '@/lib/store/panel-queries';
import { db } from '@/lib/store/schema';
import { dashboardRows } from '@/lib/store/dashboard-rows';
import { answerItem, scoreRead } from '@/lib/background/handlers';
import { makePost, makeSnapshot } from '../../helpers/snapshots';
import { closeAll, freshDb } from './seed';

afterEach(closeAll);

const acme = BrandProfile.parse({ id: 'acme', name: 'Acme', markets: ['UK'] });
const zest = BrandProfile.parse({ id: 'zest', name: 'Zest', markets: ['US'], competitors: [{ name: 'Rival', handles: ['rival'] }] });

describe('brand profiles', () => {
  it('reads the one brand older builds kept until the first save, then keeps a list', async () => {
    const d = freshDb();
    expect(await loadBrands(d)).toEqual([DEFAULT_BRAND]);
    await d.settings.put({ key: 'brand', value: { name: 'Old brand', markets: ['DE'] } });
    expect((await loadBrands(d)).map((b) => [b.id, b.name])).toEqual([['brand', 'Old brand']]);
    await saveBrand(d, acme);
    expect((await loadBrands(d)).map((b) => b.name)).toEqual(['Old brand', 'Acme']);
    expect(await d.settings.get('brand')).toBeUndefined();
  });

  it('adds, replaces by id, refuses a second brand of the same name, and keeps the last one', async () => {
    const d = freshDb();
    await saveBrand(d, acme);
    await saveBrand(d, zest);
    await saveBrand(d, { ...acme, name: 'Acme UK' });
    expect((await loadBrands(d)).map((b) => b.name)).toEqual(['Acme UK', 'Zest']);
    await expect(saveBrand(d, { ...zest, id: 'other', name: 'zest' })).rejects.toThrow(/two brands share a name/);
    expect(await loadBrand(d, 'zest')).toEqual(zest);
    expect((await loadBrand(d, 'gone')).name).toBe('Acme UK');
    await deleteBrand(d, 'acme');
    await expect(deleteBrand(d, 'zest')).rejects.toThrow(/Keep at least one brand/);
    expect((await loadBrands(d)).map((b) => b.name)).toEqual(['Zest']);
  });
});

describe('a stored brand with a bad field', () => {
  it('keeps the brand, its id and its competitors, with only that field back to its default', async () => {
    const d = freshDb();
    await d.settings.put({ key: 'brands', value: [{ ...zest, exclusivityDays: -5, currency: 'YEN' }, 'not a brand'] });
    const [brand, ...rest] = await loadBrands(d);
    expect(rest).toEqual([]);
    expect(brand).toMatchObject({ id: 'zest', name: 'Zest', markets: ['US'], competitors: [{ name: 'Rival' }], exclusivityDays: 90, currency: 'GBP' });
  });
});

describe('a campaign\'s brief', () => {
  it('is stored with the campaign and read back field by field; a damaged field reads as "as the brand says"', async () => {
    const d = freshDb();
    const id = await d.shortlists.add({ name: 'Spring', brief: '', createdAt: '2026-11-01T00:00:00.000Z', startsOn: null, endsOn: null, extraColumns: [] });
    await updateCampaign(d, id, { name: 'Spring', brief: 'Vegan skincare', startsOn: null, endsOn: null, followerRange: { low: 10_000, high: 100_000 }, markets: ['UK', 'IE'], languages: ['en'], exclusivityDays: 60, brandId: 'zest' });
    expect(briefOf(await d.shortlists.get(id))).toEqual({ followerRange: { low: 10_000, high: 100_000 }, markets: ['UK', 'IE'], languages: ['en'], exclusivityDays: 60, brandId: 'zest' });
    await d.shortlists.update(id, { markets: ['XX'] as never });
    expect(briefOf(await d.shortlists.get(id))).toMatchObject({ markets: [], exclusivityDays: 60 });
    await expect(updateCampaign(d, id, { name: 'Spring', brief: '', startsOn: null, endsOn: null, followerRange: { low: 100_000, high: 10_000 } })).rejects.toThrow(/lowest follower count must be below the highest/);
    expect(briefOf(await d.shortlists.get(id)).followerRange).toEqual({ low: 10_000, high: 100_000 });
  });
});

describe('scoring for a campaign', () => {
  const NOW = '2026-11-01T10:00:00.000Z';
  const rivalPost = makePost({ caption: 'Loving my new kit', mentions: ['rival'], publishedAt: '2026-10-20T12:00:00.000Z' });
  const snap = makeSnapshot({ handle: 'ann', followers: 40_000, capturedAt: NOW, posts: [rivalPost, ...Array.from({ length: 8 }, () => makePost())] });

  it('uses the campaign\'s brand with its brief applied, names it, and stores nothing when only following', async () => {
    const d = db();
    await Promise.all(d.tables.map((t) => t.clear()));
    await saveBrand(d, acme);
    await saveBrand(d, zest);
    const spring = await d.shortlists.add({ name: 'Spring', brief: '', createdAt: NOW, startsOn: null, endsOn: null, extraColumns: [], brandId: 'zest', markets: ['DE'], exclusivityDays: 30 });
    await d.shortlists.add({ name: 'Autumn', brief: '', createdAt: NOW, startsOn: null, endsOn: null, extraColumns: [] });
    expect(spring).toBeTypeOf('number');

    const forSpring = await scoreRead(snap, 'Spring', false);
    expect(forSpring).toMatchObject({ campaign: 'Spring', brandName: 'Zest', stored: false });
    expect(forSpring.score.flags.map((f) => f.id)).toContain('competitor-mention');
    expect(forSpring.score.disclosure.markets.map((m) => m.market)).toEqual(['DE']);
    expect(forSpring.lists.campaigns.find((c) => c.name === 'Spring')).toMatchObject({ brandName: 'Zest', brief: { markets: ['DE'], exclusivityDays: 30 } });

    const forAutumn = await scoreRead(snap, 'Autumn', false);
    expect(forAutumn).toMatchObject({ campaign: 'Autumn', brandName: 'Acme' });
    expect(forAutumn.score.flags.map((f) => f.id)).not.toContain('competitor-mention');
    expect(await d.snapshots.count()).toBe(0);
    d.close();
  });

  it('scores a creator on no campaign for the one last added to', async () => {
    const d = db();
    await d.open();
    await Promise.all(d.tables.map((t) => t.clear()));
    await saveBrand(d, acme);
    await saveBrand(d, zest);
    await d.shortlists.add({ name: 'Spring', brief: '', createdAt: NOW, startsOn: null, endsOn: null, extraColumns: [], brandId: 'zest' });
    const other = await scoreRead({ ...snap, handle: 'bob', profileUrl: 'https://www.instagram.com/bob/' }, null, true);
    await saveEntry(d, other.creatorId, 'Spring', { status: 'prospect', tags: [], notes: '', quotedRate: null }, NOW);
    expect(await lastCampaign(d)).toBe('Spring');
    expect(await scoreRead(snap, null, false)).toMatchObject({ campaign: 'Spring', brandName: 'Zest', lists: { lastUsed: 'Spring' } });
    d.close();
  });

  it('an answer for a campaign the creator is not on yet is kept as its own and shown for that campaign, which stays the one scored for', async () => {
    const d = db();
    await d.open();
    await Promise.all(d.tables.map((t) => t.clear()));
    await saveBrand(d, { ...acme, checklist: [{ id: 'tone', label: 'Tone fits', kind: 'manual', lookFor: [], avoid: [] }] });
    await d.shortlists.add({ name: 'Spring', brief: '', createdAt: NOW, startsOn: null, endsOn: null, extraColumns: [] });
    await d.shortlists.add({ name: 'Autumn', brief: '', createdAt: NOW, startsOn: null, endsOn: null, extraColumns: [] });
    const first = await scoreRead(snap, null, true);
    await saveEntry(d, first.creatorId, 'Spring', { status: 'prospect' }, NOW);
    const answered = await answerItem({ creatorId: first.creatorId, itemId: 'tone', answer: 'yes', campaign: null, scoredFor: 'Autumn' });
    expect(answered.ok && answered.value.campaign).toBe('Autumn');
    expect(answered.ok && answered.value.score.valueFit.items.find((i) => i.id === 'tone')?.status).toBe('pass');
    // Spring's own entry kept its answers (none): the answer went to the creator, not to another campaign.
    expect((await scoreRead(snap, 'Spring', false)).score.valueFit.items.find((i) => i.id === 'tone')?.status).toBe('unanswered');
    d.close();
  });

  it('keeps each campaign\'s own score of a visit, so the team table judges the creator by each campaign\'s brand', async () => {
    const d = db();
    await d.open();
    await Promise.all(d.tables.map((t) => t.clear()));
    await saveBrand(d, acme);
    await saveBrand(d, zest);
    await d.shortlists.add({ name: 'Spring', brief: '', createdAt: NOW, startsOn: null, endsOn: null, extraColumns: [], brandId: 'acme' });
    await d.shortlists.add({ name: 'Autumn', brief: '', createdAt: NOW, startsOn: null, endsOn: null, extraColumns: [], brandId: 'zest' });
    const first = await scoreRead(snap, 'Spring', true);
    await saveEntry(d, first.creatorId, 'Spring', { status: 'prospect' }, NOW);
    await saveEntry(d, first.creatorId, 'Autumn', { status: 'prospect' }, NOW);
    // A later visit, scored for Spring in the panel: Autumn's row still speaks for Zest, whose competitor was mentioned.
    await scoreRead({ ...snap, capturedAt: '2026-11-02T10:00:00.000Z' }, 'Spring', true);
    const rows = await dashboardRows(d);
    const flagsOn = (name: string) => rows.find((r) => r.shortlist.name === name)!.score.flags;
    expect(flagsOn('Spring')).not.toContain('competitor-mention');
    expect(flagsOn('Autumn')).toContain('competitor-mention');
    d.close();
  });
});
