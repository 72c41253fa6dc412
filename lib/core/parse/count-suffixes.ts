// Words and abbreviations that scale a displayed count, written by hand from CLDR compact
// decimal formats (short and long) for the YouTube UI languages, plus the older spellings
// YouTube used before it followed CLDR (Thai พัน/หมื่น/แสน, Mongolian мянга, Amharic ሜ).
// Keys are lower case and NFC; a trailing "*" matches any inflected ending
// ("тысяч*" = тысяча/тысячи/тысяч). Inputs are normalized the same way before lookup.

type SuffixGroup = readonly [multiplier: number, keys: readonly string[]];

const THOUSAND = 1e3;
const MILLION = 1e6;
const BILLION = 1e9;

// Meanings shared by every language, or unambiguous enough to use without a locale.
const SHARED_GROUPS: readonly SuffixGroup[] = [
  [THOUSAND, [
    'k', 'thousand', 'tsd', 'tausend', 'duisend', 'duizend', 'mille', 'millier*', 'mila', 'mil',
    'miler', 'milers', 'tusind', 'tusen', 'tuhat*', 'tuh', 'tūkst*', 'tys', 'tysiąc*',
    'tysięc*', 'tis', 'tisuć*', 'tisíc*', 'tisoč', 'hilj', 'hiljad*', 'ezer', 'bin', 'ming',
    'nghìn', 'ngàn', 'ribu', 'rb', 'libo', 'inkulungwane', 'mijë', 'mie', 'mii', 'de mii',
    'þ', 'þúsund', 'tn', 'χιλ', 'χιλιάδ*', 'тыс', 'тысяч*', 'тис', 'тисяч*', 'хил', 'хиляд*',
    'хиљ', 'хиљад*', 'илј', 'илјад*', 'мың', 'миң', 'мян', 'мянга', 'հզր', 'հազար',
    'ათ', 'ათასი', 'ألف', 'آلاف', 'هزار', 'ہزار', 'हज़ार', 'हजार', 'ह', 'হা', 'হাজার',
    'હજાર', 'ਹਜ਼ਾਰ', 'ಸಾ', 'ಸಾವಿರ', 'ஆ', 'ஆயிரம்', 'వే', 'వేయి', 'వేలు', 'ആയിരം', 'ሺ',
    'אלף', 'ពាន់', 'ພັນ', 'พัน', 'ထောင်', '千', '천',
  ]],
  [1e4, ['万', '萬', '만', 'หมื่น', 'သောင်း']],
  [1e5, [
    'lakh', 'lakhs', 'lac', 'lacs', 'लाख', 'লা', 'লাখ', 'લાખ', 'ਲੱਖ', 'لاکھ', 'ಲಕ್ಷ',
    'லட்சம்', 'లక్ష*', 'ലക്ഷം', 'แสน', 'ແສນ', 'သိန်း',
  ]],
  [MILLION, [
    'm', 'kk', 'mn', 'mln', 'mio', 'mi', 'mill', 'milj', 'mil.', 'tr', 'jt', 'juta',
    'million*', 'millió', 'miljoen', 'miljon*', 'miljoon*', 'milljón*', 'millón', 'millones',
    'millóns', 'milhão', 'milhões', 'milio*', 'milió*', 'milijun*', 'milijon*', 'milyon',
    'na milyon', 'de milio*', 'triệu', 'isigidi',
    'млн', 'мил', 'миллион*', 'мільйон*', 'мільён*', 'милион*', 'сая', 'εκ', 'εκατομμύρι*',
    'մլն', 'միլիոն', 'მლნ', 'მილიონ*', 'مليون', 'ملايين', 'میلیون', 'م', 'ದಶಲಕ್ಷ',
    'ദശലക്ഷം', 'ಮಿ', 'ಮಿಲಿಯನ್', 'மி', 'மில்லியன்', 'మి', 'మిలియన్*', 'මි', 'මිලියන',
    'ሚ', 'ሜ', 'ሚሊዮን', 'מיליון', 'លាន', 'ລ້ານ', 'ล้าน', 'သန်း',
  ]],
  [1e7, [
    'crore', 'crores', 'cr', 'करोड़', 'करोड', 'क॰', 'कोटी', 'ক', 'কো', 'কোটি', 'કરોડ', 'ਕਰੋੜ',
    'کروڑ', 'ಕೋಟಿ', 'கோடி', 'కోటి', 'കോടി', 'ကုဋေ', 'ဋေ',
  ]],
  [1e8, ['億', '亿', '억']],
  [BILLION, [
    'b', 'bn', 'md', 'mrd', 'mld', 'mlrd', 'mljrd', 'mlr', 'mia', 'mr', 'mjd', 'bi',
    'billion*', 'milliard*', 'miljard*', 'miliard*', 'milijard*', 'milljarð*', 'milliárd',
    'milyar', 'milyard', 'miliar', 'bilion', 'bilhão', 'bilhões', 'bilyon', 'tỷ', 'tỉ',
    'mil millones', 'mil m', 'mil milhões', 'miler de milions', 'milers de milions',
    'de miliard*', 'miliárd*', 'isigidi sezigidi',
    'млрд', 'млд', 'милј', 'миллиард*', 'мільярд*', 'милијард*', 'милиард*', 'тэрбум',
    'δισ', 'δισεκατομμύρι*', 'մլրդ', 'միլիարդ', 'მლრდ', 'მილიარდ*', 'مليار', 'میلیارد',
    'ارب', 'अरब', 'अ॰', 'अब्ज', 'અબજ', 'ਅਰਬ', 'ಬಿ', 'ಬಿಲಿಯನ್', 'பி', 'பில்லியன்', 'బి',
    'బిలియన్*', 'ബില്യൺ', 'බි', 'බිලියන', 'ቢ', 'ቢሊዮን', 'מיליארד', 'ប៊ីលាន', 'ຕື້', 'พันล้าน',
  ]],
  [1e10, ['หมื่นล้าน']],
  [1e11, ['แสนล้าน']],
  [1e12, ['t', 'trillion*']],
];

// Abbreviations whose meaning depends on the language; they replace the shared meaning.
const LANGUAGE_GROUPS: Readonly<Record<string, readonly SuffixGroup[]>> = {
  az: [[THOUSAND, ['min']]], // "1,2 min" = min (thousand), not minutes
  bs: [[MILLION, ['mil']]],
  ca: [[THOUSAND, ['mil.']], [BILLION, ['km']]], // "55 kM" = milers de milions
  cs: [[MILLION, ['mil']]],
  da: [[THOUSAND, ['t']]], // "1,2 t" = tusind
  es: [[THOUSAND, ['mil.']]],
  fi: [[THOUSAND, ['t']]], // "1,2 t." = tuhatta
  fr: [[BILLION, ['g']]], // fr-CA "1,2 G"
  gl: [[THOUSAND, ['mil.']]],
  hr: [[MILLION, ['mil']]],
  hu: [[THOUSAND, ['e']]], // "1,2 E" = ezer
  id: [[BILLION, ['m']]], // "1,2 M" = miliar; million is "jt"
  is: [[BILLION, ['ma']]], // "1,2 ma." = milljarðar
  kk: [[THOUSAND, ['м']]], // "120 м." = мың
  mk: [[MILLION, ['м']]], // "120 М" = милиони
  ms: [[MILLION, ['j']]], // "1.2J" = juta
  pt: [[THOUSAND, ['mil.']], [BILLION, ['mm']]], // pt-PT "1,2 mM" = mil milhões
  ro: [[MILLION, ['mil']]],
  sh: [[MILLION, ['mil']]],
  sk: [[MILLION, ['mil']]],
  sl: [[MILLION, ['mil']]],
  sr: [[MILLION, ['mil']]],
  tr: [[THOUSAND, ['b']]], // "1,2 B" = bin
  vi: [[THOUSAND, ['n']], [BILLION, ['t']]], // N = nghìn, T = tỷ
};

// Languages that put the scale word before the number (Swahili "elfu 4.5", Sinhala "ද1.2").
const PREFIX_GROUPS: readonly SuffixGroup[] = [
  [THOUSAND, ['elfu', 'ද', 'දහස']],
  [MILLION, ['milioni', 'මි', 'මිලියන']],
  [BILLION, ['bilioni', 'බි', 'බිලියන']],
];

export interface ScaleWord {
  readonly key: string;
  /** True for "*" keys: any letters may follow. */
  readonly stem: boolean;
  readonly multiplier: number;
}

function toScaleWords(groups: readonly SuffixGroup[]): Map<string, ScaleWord> {
  const words = new Map<string, ScaleWord>();
  for (const [multiplier, keys] of groups) {
    for (const raw of keys) {
      const stem = raw.endsWith('*');
      const key = (stem ? raw.slice(0, -1) : raw).normalize('NFC');
      words.set(key, { key, stem, multiplier });
    }
  }
  return words;
}

function longestFirst(words: Iterable<ScaleWord>): readonly ScaleWord[] {
  return [...words].sort((a, b) => b.key.length - a.key.length);
}

const SHARED = toScaleWords(SHARED_GROUPS);
const suffixCache = new Map<string, readonly ScaleWord[]>();

/** Suffix words for a language (shared meanings overridden by the language's), longest first. */
export function suffixWordsFor(lang: string | undefined): readonly ScaleWord[] {
  const cacheKey = lang ?? '';
  const cached = suffixCache.get(cacheKey);
  if (cached) return cached;
  const overrides = lang ? LANGUAGE_GROUPS[lang] : undefined;
  const merged = new Map(SHARED);
  if (overrides) for (const [key, word] of toScaleWords(overrides)) merged.set(key, word);
  const sorted = longestFirst(merged.values());
  suffixCache.set(cacheKey, sorted);
  return sorted;
}

export const PREFIX_WORDS: readonly ScaleWord[] = longestFirst(toScaleWords(PREFIX_GROUPS).values());

// Long forms where CLDR drops the "1" (fr/it "mille" = 1 thousand).
export const IMPLIED_ONE_WORDS: Readonly<Record<string, number>> = { mille: THOUSAND };

// Languages writing "1,5" for one and a half; the others in our set write "1.5".
const DECIMAL_COMMA = new Set([
  'af', 'az', 'be', 'bg', 'bs', 'ca', 'cs', 'da', 'de', 'el', 'es', 'et', 'eu', 'fi', 'fr',
  'gl', 'hr', 'hu', 'hy', 'id', 'is', 'it', 'ka', 'kk', 'ky', 'lo', 'lt', 'lv', 'mk', 'nb',
  'nl', 'nn', 'no', 'pl', 'pt', 'ro', 'ru', 'sh', 'sk', 'sl', 'sq', 'sr', 'sv', 'tr', 'uk',
  'uz', 'vi',
]);
// Of those, the ones that group thousands with "." rather than a space.
const DOT_GROUPING = new Set([
  'bs', 'ca', 'da', 'de', 'el', 'es', 'eu', 'gl', 'hr', 'id', 'is', 'it', 'lo', 'mk', 'nl',
  'pt', 'ro', 'sh', 'sl', 'sr', 'tr', 'vi',
]);

/** The character a language uses to group thousands, if it is "." or ",". */
export function groupSeparatorOf(lang: string | undefined): '.' | ',' | null {
  if (!lang) return null;
  if (DOT_GROUPING.has(lang)) return '.';
  return DECIMAL_COMMA.has(lang) ? null : ',';
}
