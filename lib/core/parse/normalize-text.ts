// Shared clean-up for strings scraped from platform UIs before any parser looks at them.

// Code points of the digit zero in every decimal-digit block a platform UI may render
// (Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu,
// Kannada, Malayalam, Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, fullwidth).
const DIGIT_ZEROS: readonly number[] = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6,
  0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x1090, 0x17e0, 0x1810, 0xff10,
];

// Bidi controls and zero-width joiners are invisible in the UI but split words and numbers
// (Hebrew "1K\u200f", Khmer words broken by U+200B, Malayalam ZWNJ).
const INVISIBLE = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

// Platforms separate a number from its unit with NBSP, narrow NBSP or thin spaces.
const ANY_SPACE = /[\s\u00a0\u2007\u202f\u2009\u3000]+/g;

// Typographic apostrophes that stand in for "'" (fr "aujourd’hui", uz "o‘tgan").
const APOSTROPHES = /[\u2018\u2019\u02bc\u02bb\u055a\ua78c\uff07\u2032\u2035\u02b9]/g;

function asciiDigit(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  for (const zero of DIGIT_ZEROS) {
    if (code >= zero && code < zero + 10) return String(code - zero);
  }
  return ch;
}

/** Native digits become ASCII digits; everything else is left alone. */
export function toAsciiDigits(text: string): string {
  return text.replace(/(?![0-9])\p{Nd}/gu, asciiDigit);
}

/**
 * NFC, no invisible marks, single ASCII spaces, ASCII digits, ASCII apostrophes, lower case.
 * Arabic decimal/thousands marks become "." and "," so one number grammar serves all scripts.
 */
export function normalizeText(text: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(ANY_SPACE, ' ')
    .replace(APOSTROPHES, "'")
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, ',')
    .trim();
  return toAsciiDigits(cleaned).toLowerCase();
}

/** "pt-BR" → "pt"; undefined for a missing or malformed tag. */
export function languageOf(locale: string | undefined): string | undefined {
  if (typeof locale !== 'string') return undefined;
  const lang = locale.trim().toLowerCase().split(/[-_]/)[0];
  return lang ? lang : undefined;
}
