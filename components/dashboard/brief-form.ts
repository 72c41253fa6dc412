import { briefOf, campaignProblem, type CampaignFields } from '@/lib/core/model/campaign';
import { Market } from '@/lib/core/model/findings';
import type { ShortlistRow } from '@/lib/core/model/rows';

/** The campaign dialog's fields as typed: text, so a half-typed number is never lost or guessed. */
export interface BriefForm {
  name: string;
  brief: string;
  startsOn: string;
  endsOn: string;
  followersLow: string;
  followersHigh: string;
  markets: Market[];
  languages: string;
  exclusivityDays: string;
  /** '' when no brand list is known: the campaign keeps the brand it had. */
  brandId: string;
}

export const MARKETS: readonly Market[] = Market.options;

/** The form as a stored campaign fills it. */
export function formOf(list: ShortlistRow, brands: ReadonlyArray<{ id: string }>): BriefForm {
  const b = briefOf(list);
  const brandId = b.brandId !== null && brands.some((x) => x.id === b.brandId) ? b.brandId : brands[0]?.id ?? '';
  return {
    name: list.name, brief: list.brief, startsOn: list.startsOn ?? '', endsOn: list.endsOn ?? '',
    followersLow: b.followerRange ? String(b.followerRange.low) : '', followersHigh: b.followerRange ? String(b.followerRange.high) : '',
    markets: b.markets, languages: b.languages.join(', '), exclusivityDays: b.exclusivityDays === null ? '' : String(b.exclusivityDays), brandId,
  };
}

/**
 * "10000", "10,000", "10.000", "10 000", "10k", "1.5k", "1,5k", "1.5M" → a whole number; null for
 * anything else. Without k or M a separator only groups thousands, so a German "10.000" is ten
 * thousand and "10.5" (ten and a half followers?) is refused rather than read as 10.
 */
export function followerCount(text: string): number | null {
  const t = text.trim().replace(/\s/g, ' ');
  const short = /^(\d+(?:[.,]\d+)?)\s*([km])$/i.exec(t);
  if (short) return whole(Number(short[1]!.replace(',', '.')) * (short[2]!.toLowerCase() === 'k' ? 1e3 : 1e6));
  if (/^\d+$/.test(t) || /^\d{1,3}(?:([.,' ])\d{3})(?:\1\d{3})*$/.test(t)) return whole(Number(t.replace(/[.,' ]/g, '')));
  return null;
}

const whole = (n: number): number | null => (Number.isSafeInteger(Math.round(n)) ? Math.round(n) : null);

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The fields to save, or the first thing wrong with the form, in words a scout can act on. */
export function fieldsOf(form: BriefForm): { ok: true; fields: CampaignFields } | { ok: false; problem: string } {
  const [lowText, highText] = [form.followersLow.trim(), form.followersHigh.trim()];
  let followerRange: CampaignFields['followerRange'] = null;
  if (lowText !== '' || highText !== '') {
    if (lowText === '' || highText === '') return { ok: false, problem: 'Give both ends of the follower range, or leave both blank for any size.' };
    const [low, high] = [followerCount(lowText), followerCount(highText)];
    if (low === null || high === null) return { ok: false, problem: 'The follower range takes whole numbers, such as 10000, 10,000, 10.000 or 10k.' };
    followerRange = { low, high };
  }
  const languages = [...new Set(form.languages.split(',').map((l) => l.trim().toLowerCase()).filter(Boolean))];
  const badLanguage = languages.find((l) => !/^[a-z]{2}$/.test(l));
  if (badLanguage) return { ok: false, problem: `"${badLanguage}" is not a two-letter language code such as "en" or "de".` };
  const days = form.exclusivityDays.trim();
  if (days !== '' && !/^\d+$/.test(days)) return { ok: false, problem: "The exclusivity window is a whole number of days; leave it blank to use the brand's." };
  const fields: CampaignFields = {
    name: form.name, brief: form.brief, startsOn: orNull(form.startsOn), endsOn: orNull(form.endsOn),
    followerRange, markets: MARKETS.filter((m) => form.markets.includes(m)), languages,
    exclusivityDays: days === '' ? null : Number(days),
    ...(form.brandId === '' ? {} : { brandId: form.brandId }),
  };
  const problem = campaignProblem(fields);
  return problem ? { ok: false, problem } : { ok: true, fields };
}
