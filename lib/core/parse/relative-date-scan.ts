// Finds the known words of one language table in a normalized string.
// Plain map lookups rather than one big regular expression per language: V8 needs seconds to
// compile ~75 alternations of Unicode property classes, which a content script cannot afford.

import { normalizeText } from './normalize-text';
import { TIME_UNITS, type LanguageWords, type TimeUnit } from './relative-date-words';

export type Entry =
  | { readonly kind: 'unit'; readonly unit: TimeUnit }
  | { readonly kind: 'phrase'; readonly unit: TimeUnit; readonly amount: number }
  | { readonly kind: 'number'; readonly amount: number }
  | { readonly kind: 'past' | 'future' };

interface Candidate {
  readonly text: string;
  readonly tokens: readonly string[];
  /** The last token (or, in continuous scripts, nothing) may carry any ending. */
  readonly stem: boolean;
  readonly entry: Entry;
}

export interface CompiledLanguage {
  readonly words: LanguageWords;
  /** By first token (word scripts) or first character (continuous scripts), longest first. */
  readonly byHead: ReadonlyMap<string, readonly Candidate[]>;
  /** Single-word stems ("minute*"), looked up by the longest prefix of a word. */
  readonly stems: ReadonlyMap<string, Entry>;
}

export interface Scan {
  readonly entries: readonly Entry[];
  /** Letters left over once every known word and number is removed. */
  readonly leftover: boolean;
}

const TOKEN = /\d+(?:[.,]\d+)?|[\p{L}\p{M}]+(?:['-][\p{L}\p{M}]+)*|\S/gu;
const NUMBER_AT = /\d+(?:[.,]\d+)?/y;
const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\d/;

function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function compileLanguage(words: LanguageWords): CompiledLanguage {
  const candidates: Candidate[] = [];
  const add = (list: string | undefined, entry: Entry): void => {
    for (const alt of (list ?? '').split('|')) {
      const raw = normalizeText(alt);
      if (!raw) continue;
      const stem = raw.endsWith('*') && words.continuous !== true;
      const text = raw.replace(/\*$/, '');
      candidates.push({ text, tokens: tokenize(text), stem, entry });
    }
  };
  add(words.past, { kind: 'past' });
  add(words.future, { kind: 'future' });
  words.units.forEach((list, i) => add(list, { kind: 'unit', unit: TIME_UNITS[i] ?? 'day' }));
  for (const [phrase, [unit, amount]] of Object.entries(words.phrases ?? {})) add(phrase, { kind: 'phrase', unit, amount });
  for (const [word, amount] of Object.entries(words.numbers ?? {})) add(word, { kind: 'number', amount });
  return index(words, candidates);
}

function index(words: LanguageWords, candidates: readonly Candidate[]): CompiledLanguage {
  const byHead = new Map<string, Candidate[]>();
  const stems = new Map<string, Entry>();
  const continuous = words.continuous === true;
  for (const candidate of [...candidates].sort((a, b) => b.text.length - a.text.length)) {
    if (candidate.stem && candidate.tokens.length === 1) {
      stems.set(candidate.text, candidate.entry);
      continue;
    }
    const head = continuous ? candidate.text.charAt(0) : (candidate.tokens[0] ?? '');
    byHead.set(head, [...(byHead.get(head) ?? []), candidate]);
  }
  return { words, byHead, stems };
}

export function scanText(text: string, language: CompiledLanguage): Scan {
  return language.words.continuous === true ? scanCharacters(text, language) : scanWords(text, language);
}

function numberEntry(digits: string): Entry {
  return { kind: 'number', amount: Number(digits.replace(',', '.')) };
}

function scanWords(text: string, language: CompiledLanguage): Scan {
  const tokens = tokenize(text);
  const entries: Entry[] = [];
  let leftover = false;
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i] ?? '';
    const hit = DIGIT.test(token.charAt(0)) ? { entry: numberEntry(token), count: 1 } : matchWordsAt(tokens, i, language);
    if (hit) entries.push(hit.entry);
    else if (LETTER.test(token)) leftover = true;
    i += hit?.count ?? 1;
  }
  return { entries, leftover };
}

function matchWordsAt(tokens: readonly string[], at: number, language: CompiledLanguage): { entry: Entry; count: number } | null {
  const token = tokens[at] ?? '';
  for (const candidate of language.byHead.get(token) ?? []) {
    if (sequenceMatches(tokens, at, candidate)) return { entry: candidate.entry, count: candidate.tokens.length };
  }
  for (let length = token.length; length > 0; length--) {
    const entry = language.stems.get(token.slice(0, length));
    if (entry) return { entry, count: 1 };
  }
  return null;
}

function sequenceMatches(tokens: readonly string[], at: number, candidate: Candidate): boolean {
  const last = candidate.tokens.length - 1;
  return candidate.tokens.every((expected, k) => {
    const actual = tokens[at + k];
    if (actual === undefined) return false;
    return k === last && candidate.stem ? actual.startsWith(expected) : actual === expected;
  });
}

// Scripts without spaces: at each position the longest known word wins, so Thai "วินาที"
// (second) is read whole before "นาที" (minute) inside it could match.
function scanCharacters(text: string, language: CompiledLanguage): Scan {
  const entries: Entry[] = [];
  let leftover = false;
  for (let i = 0; i < text.length; ) {
    NUMBER_AT.lastIndex = i;
    const digits = NUMBER_AT.exec(text)?.[0];
    const candidate = digits ? undefined : language.byHead.get(text.charAt(i))?.find((c) => text.startsWith(c.text, i));
    if (digits) entries.push(numberEntry(digits));
    else if (candidate) entries.push(candidate.entry);
    else if (LETTER.test(text.charAt(i))) leftover = true;
    i += digits?.length ?? candidate?.text.length ?? 1;
  }
  return { entries, leftover };
}
