/**
 * YouTube's About shows the creator's country as a name in the viewer's language ("United
 * Kingdom", "Deutschland"), not as a code. The names come from the runtime's own CLDR data
 * (Intl.DisplayNames), so no country table ships with the extension.
 */

/** Codes CLDR names that are no country: unions, pseudo-locales, "Unknown Region", and the exceptionally reserved islands. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA']);

/** Names YouTube or older CLDR data use beside today's CLDR name. */
const ALIASES: Readonly<Record<string, string>> = {
  'czech republic': 'CZ', turkey: 'TR', macedonia: 'MK', swaziland: 'SZ', burma: 'MM', 'ivory coast': 'CI',
  'east timor': 'TL', 'cape verde': 'CV', 'democratic republic of the congo': 'CD', 'republic of the congo': 'CG',
  'vatican': 'VA', 'hong kong': 'HK', macau: 'MO', 'great britain': 'GB', 'united states of america': 'US',
};

const MAX_NAME = 100;
const cache = new Map<string, ReadonlyMap<string, string>>();

/** Case, accents, "&" and punctuation do not tell two names apart. */
function norm(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/&/g, ' and ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
}

function isCountryCode(code: string): boolean {
  if (NOT_COUNTRIES.has(code)) return false;
  // A withdrawn code (DD, UK, YU…) is an alias Intl names as its successor: the successor's own code is the one.
  if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) return false;
  // Q[M-Z] and X* are for private use; XK (Kosovo) is the one in common use.
  return code === 'XK' || !/^(Q[M-Z]|X[A-Z])$/.test(code);
}

/** Every region name the locale has (long and short: "United Kingdom" and "UK"), to its code. */
function namesIn(locale: string): ReadonlyMap<string, string> {
  const known = cache.get(locale);
  if (known) return known;
  const map = new Map<string, string>();
  try {
    const styles = (['long', 'short'] as const).map((style) => new Intl.DisplayNames([locale], { type: 'region', style, fallback: 'none' }));
    for (let a = 65; a <= 90; a++) {
      for (let b = 65; b <= 90; b++) {
        const code = String.fromCharCode(a, b);
        if (!isCountryCode(code)) continue;
        for (const names of styles) {
          const name = names.of(code);
          if (name && name !== code && !map.has(norm(name))) map.set(norm(name), code);
        }
      }
    }
  } catch {
    // An invalid locale (the page's lang attribute is the page's to set) names nothing.
  }
  cache.set(locale, map);
  return map;
}

/** A BCP 47 tag from the page ("de-DE"), or null: never passed to Intl unchecked. */
export function localeTag(lang: string | null | undefined): string | null {
  return lang && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(lang) && lang.length <= 35 ? lang : null;
}

/** The ISO 3166 alpha-2 code of a country name in one of `locales` (or a bare code), else null. */
export function countryCode(name: string | null, locales: readonly string[]): string | null {
  if (name === null || name.length > MAX_NAME) return null;
  const key = norm(name);
  if (!key) return null;
  for (const locale of locales) {
    const code = namesIn(locale).get(key);
    if (code) return code;
  }
  if (ALIASES[key]) return ALIASES[key];
  // A bare code ("GB"), upper case as ISO writes it.
  const code = name.trim();
  return /^[A-Z]{2}$/.test(code) && [...namesIn('en').values()].includes(code) ? code : null;
}
