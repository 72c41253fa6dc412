import type { Audience, Responsiveness } from '../../model/audience';
import type { Market } from '../../model/findings';
import type { Flag } from '../../model/findings';
import type { ProfileSnapshot } from '../../model/snapshot';
import { flag } from '../flag';
import { creatorLocationOf } from './creator-location';
import { hygieneOf } from './hygiene';
import { commentLanguages, MIN_USABLE, shareIn, type DetectLanguage } from './languages';
import { postsWithComments, repeatCommentersOf } from './repeat-commenters';
import { isByCreator, responsivenessOf } from './responsiveness';
import { usableText } from './usable-text';

/** The languages a market's audience reads, for a campaign that names markets but no languages. */
const MARKET_LANGUAGES: Record<Market, string[]> = { UK: ['en'], US: ['en'], IE: ['en', 'ga'], DE: ['de'], FR: ['fr'] };

/** The campaign's target languages, or those of its markets when it names none. */
export function targetLanguages(languages: readonly string[], markets: readonly Market[]): string[] {
  return languages.length ? [...languages] : [...new Set(markets.flatMap((m) => MARKET_LANGUAGES[m]))];
}

export interface AudienceInput {
  snapshot: ProfileSnapshot;
  /** Every visit of the creator, this one included, for repeat commenters across the posts the scout opened. */
  visits: readonly ProfileSnapshot[];
  detect: DetectLanguage | null;
  targets: readonly string[];
}

/** The audience signals and the creator's responsiveness, with the language-mismatch flag when it applies. */
export function audienceOf({ snapshot, visits, detect, targets }: AudienceInput): { audience: Audience; responsiveness: Responsiveness; flags: Flag[] } {
  const byCreator = (c: ProfileSnapshot['comments'][number]) => isByCreator(c, snapshot.handle);
  const { counts, ...languages } = commentLanguages(snapshot.comments, detect, byCreator);
  const audience: Audience = {
    ...languages,
    targets: [...targets],
    targetShare: shareIn(counts, targets),
    creatorLocation: creatorLocationOf(snapshot),
    hygiene: hygieneOf(snapshot.comments, byCreator),
    repeatCommenters: repeatCommentersOf(withoutDuplicates([...visits, snapshot])),
    postsOpened: postsWithComments(withoutDuplicates([...visits, snapshot])),
  };
  return { audience, responsiveness: responsivenessOf(snapshot.comments, snapshot.handle), flags: languageFlag(snapshot, audience, detect, targets) };
}

/** The same visit may be both stored and current: count its comments once. */
function withoutDuplicates(visits: ProfileSnapshot[]): ProfileSnapshot[] {
  const seen = new Set<string>();
  return visits.filter((v) => !seen.has(v.capturedAt) && seen.add(v.capturedAt));
}

/**
 * Warn when 20+ usable comments were read and under half are in the campaign's languages, with
 * example comments as evidence. Language is not country, and the flag says so.
 */
function languageFlag(snapshot: ProfileSnapshot, a: Audience, detect: DetectLanguage | null, targets: readonly string[]): Flag[] {
  const share = a.targetShare;
  if (a.usable < MIN_USABLE || share === null || share >= 0.5 || targets.length === 0) return [];
  const wanted = new Set(targets);
  const examples = snapshot.comments.filter((c) => !isByCreator(c, snapshot.handle)).filter((c) => {
    const text = usableText(c.text);
    const lang = text ? c.language ?? detect?.(text) ?? null : null;
    return lang !== null && !wanted.has(lang);
  }).slice(0, 3);
  const top = a.languages[0];
  return [flag('language-mismatch', 'warn',
    `Only ${Math.round(share * 100)}% of ${a.usable} readable comments are in ${targets.join(', ')}${top ? ` (most are ${top.lang})` : ''} — worth a look; language is not country.`,
    [...new Set(examples.map((c) => c.postId).filter((id): id is string => id !== null))],
    { share, usable: a.usable, targets: targets.join(', '), ...Object.fromEntries(examples.map((c, i) => [`example ${i + 1}`, c.text.slice(0, 120)])) })];
}
