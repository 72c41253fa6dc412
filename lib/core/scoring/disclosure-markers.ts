import type { MarkerStrength } from '../model/findings';

/** A marker as found in text, before placement is judged. */
export interface Found {
  text: string;
  strength: MarkerStrength;
  position: number;
}

// Letters/digits of any script end a word, so "#ad" stops at "#adventure" and "Ad" at "Adidas".
const NOT_BEFORE = String.raw`(?<![\p{L}\p{N}_#@/.])`;
const NOT_AFTER = String.raw`(?![\p{L}\p{N}_])`;

/** "#word" — the sigil is part of the match so "#ad" is told apart from the word "ad". */
const tag = (words: string): string => String.raw`(?<![\p{L}\p{N}_#])#(?:${words})${NOT_AFTER}`;
/** A word anywhere, whole. */
const phrase = (words: string): string => `${NOT_BEFORE}(?:${words})${NOT_AFTER}`;
/**
 * A word used as a label: bracketed, followed by ":" "|" or a dash, or first on a line.
 * Plain prose ("a gifted singer", "I work in advertising") is not a label.
 */
const label = (words: string): string => [
  String.raw`(?<=[\[(*])(?:${words})(?=[\])*])`,
  // A hyphen only with a space before it, so "Ad-free" is not a label.
  String.raw`${NOT_BEFORE}(?:${words})(?=[^\S\n]*[:|–—]|[^\S\n]+-)`,
  String.raw`(?<=[|–—][^\S\n]*)(?:${words})(?=[^\S\n]*(?:$|[.!]))`,
].join('|');
/**
 * First word on a line, hashtags before it allowed ("#ad Werbung"); findMarkers drops it
 * when prose follows ("Ad campaign shoot" vs "Ad New in").
 */
const lineStart = (words: string): string =>
  String.raw`(?<=^[^\S\n]*(?:#[\p{L}\p{N}_]+[^\S\n]+)*)(?:${words})${NOT_AFTER}`;

const MENTION = String.raw`@[\p{L}\p{N}_.]+`;

// Sources: DISCLOSURE.md's marker table; ASA/CAP Influencers' guide; FTC "Disclosures 101";
// die medienanstalten Leitfaden; Loi 2023-451 art. 5; ASAI guidance. Order matters only for
// overlaps, which findMarkers resolves by keeping the longest match.
const DEFS: readonly (readonly [MarkerStrength, string, 'line-start'?])[] = [
  ['clear', tag(String.raw`ad|ads|advert|advertisement|advertising|sponsored|paidpartnership|paidpartner|werbung|anzeige|publicit[ée]|collaborationcommerciale`)],
  // "<Brand>Partner" is the FTC's own example; a bare "#partner" is not (ambiguous below).
  ['clear', String.raw`(?<![\p{L}\p{N}_#])#[\p{L}\p{N}_]+partner${NOT_AFTER}`],
  ['clear', label(String.raw`ad|advert|advertisement|advertising|sponsored|werbung|anzeige|publicit[ée]`)],
  ['clear', lineStart(String.raw`ad|advert|advertisement|advertising|sponsored|werbung|anzeige|publicit[ée]`), 'line-start'],
  ['clear', phrase(String.raw`sponsored by|paid partnership|paid partner|in paid partnership with|collaboration commerciale|enth[äa]lt werbung|bezahlte werbepartnerschaft`)],
  // An explicit statement of being paid per sale is a clear disclosure to the FTC.
  ['clear', phrase(String.raw`(?:i|we) (?:may |might |will |do )?(?:earn|receive|get|make)s? (?:a |an )?(?:small |tiny )?(?:commission|percentage|share of sales)|as an amazon associate`)],
  ['gifted', tag(String.raw`gifted|prgift|prgifted|giftedby|unbezahltewerbung|werbungunbezahlt`)],
  ['gifted', label(String.raw`gifted|pr gift|pr product|unbezahlte werbung`)],
  ['gifted', lineStart(String.raw`gifted`), 'line-start'],
  ['gifted', phrase(String.raw`gifted by|gifted from|kindly gifted|was gifted|were gifted|pr product|pr gift|unbezahlte werbung|produit offert`)],
  ['gifted', String.raw`${NOT_BEFORE}c/o(?=[^\S\n]*@)`],
  ['ambiguous', tag(String.raw`sp|spon|collab|partner|ambassador|brandambassador|aff|affiliate|affiliatelink|sponsoris[ée]|produitoffert|partnerschaft|kooperation|partenariat|poweredby|sponsoredby`)],
  ['ambiguous', phrase(String.raw`in association with|in collaboration with|in partnership with|brand ambassador|affiliate links?|in kooperation mit|en partenariat avec`)],
  ['ambiguous', String.raw`${NOT_BEFORE}(?:thanks|thank you)(?: so much)?(?: to)?[^\S\n]+${MENTION}`],
];

const COMPILED = DEFS.map(([strength, source, kind]) => [strength, new RegExp(source, 'gimu'), kind] as const);

// Checked outside the case-insensitive patterns, where \p{Ll} would match capitals too.
const PROSE_AFTER = /^[^\S\n]+\p{Ll}/u;

/**
 * Every word stem any marker above starts with. Most captions contain none, and one cheap
 * scan spares them the fourteen marker patterns (some with costly look-behinds).
 */
const ANY_STEM = /(?:^|[^\p{L}\p{N}])(?:ads?(?![\p{L}\p{N}])|advert|sponsor|paid|werb|anzeige|enth|bezahlt|publicit|collab|partner|gift|pr[^\S\n]*(?:gift|product)|unbezahlt|produit|c\/o|sp(?:on)?(?![\p{L}\p{N}])|ambassador|aff|kooperation|partenariat|powered|association|in[^\S\n]+(?:association|collaboration|partnership)|thank|commission|percentage|share|i |we |as an amazon)/iu;

/** Every disclosure marker in the text; where two overlap, the longer (more specific) one wins. */
export function findMarkers(text: string): Found[] {
  if (!ANY_STEM.test(text)) return [];
  const all: Found[] = [];
  for (const [strength, re, kind] of COMPILED) {
    for (const m of text.matchAll(re)) {
      if (kind === 'line-start' && PROSE_AFTER.test(text.slice(m.index + m[0].length))) continue;
      all.push({ text: m[0], strength, position: m.index });
    }
  }
  return keepLongest(all);
}

export function keepLongest(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.position - b.position || b.text.length - a.text.length);
  const kept: Found[] = [];
  for (const f of sorted) {
    const last = kept[kept.length - 1];
    if (last && f.position < last.position + last.text.length) continue;
    kept.push(f);
  }
  return kept;
}

/** Case, accents, sigils and spacing folded away: "#Publicité" and "Publicite:" both give "publicite". */
export function markerKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
