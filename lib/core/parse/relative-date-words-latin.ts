// Latin-script languages of the YouTube UI. Notation: see relative-date-words.ts.

import type { LanguageWords } from './relative-date-words';

const EN_NUMBERS = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};

export const WORDS_LATIN: readonly LanguageWords[] = [
  {
    tags: ['en'], bare: true, past: 'ago|last|before', future: 'in|from now|later|after|+',
    units: ['second*|sec|secs|s', 'minute*|min|mins|m', 'hour*|hr|hrs|h', 'day*|d', 'week*|wk|wks|w', 'month*|mo|mos', 'year*|yr|yrs|y'],
    phrases: {
      yesterday: ['day', 1], today: ['day', 0], 'day before yesterday': ['day', 2], now: ['second', 0],
      'just now': ['second', 0], tomorrow: ['day', -1], 'day after tomorrow': ['day', -2],
    },
    numbers: EN_NUMBERS,
  },
  {
    tags: ['de'], past: 'vor', future: 'in',
    units: ['sekunde*|sek|s', 'minute*|min|m', 'stunde*|std|h', 'tag|tage|tagen', 'woche*', 'monat*', 'jahr*'],
    phrases: { gestern: ['day', 1], heute: ['day', 0], vorgestern: ['day', 2] },
  },
  {
    tags: ['fr'], past: 'il y a|il ya', future: 'dans|en',
    units: ['seconde*|sec|s', 'minute*|min', 'heure*|h', 'jour*|j', 'semaine*', 'mois', 'an|ans|année*'],
    phrases: { hier: ['day', 1], "aujourd'hui": ['day', 0], 'avant-hier': ['day', 2], demain: ['day', -1] },
  },
  {
    tags: ['es'], past: 'hace', future: 'dentro de|en',
    units: ['segundo*|seg', 'minuto*|min', 'hora*|h', 'día|días|dia|dias', 'semana*', 'mes|meses', 'año|años'],
    phrases: { ayer: ['day', 1], hoy: ['day', 0], anteayer: ['day', 2], antier: ['day', 2], 'pasado mañana': ['day', -2] },
  },
  {
    tags: ['pt'], past: 'atrás|há|faz', future: 'daqui a|dentro de|em',
    units: ['segundo*|seg', 'minuto*|min', 'hora*|h', 'dia|dias', 'semana*', 'mês|mes|meses', 'ano|anos'],
    phrases: { ontem: ['day', 1], hoje: ['day', 0], anteontem: ['day', 2], amanhã: ['day', -1] },
  },
  {
    tags: ['it'], past: 'fa', future: 'tra|fra',
    units: ['second*', 'minut*', 'ora|ore', 'giorno|giorni', 'settiman*', 'mese|mesi', 'anno|anni'],
    phrases: { ieri: ['day', 1], oggi: ['day', 0], "l'altro ieri": ['day', 2], domani: ['day', -1] },
  },
  {
    tags: ['nl'], past: 'geleden', future: 'over',
    units: ['seconde*|sec', 'minuut|minuten|min', 'uur|uren', 'dag|dagen', 'week|weken', 'maand*', 'jaar|jaren'],
    phrases: { gisteren: ['day', 1], vandaag: ['day', 0], eergisteren: ['day', 2] },
  },
  {
    tags: ['af'], past: 'gelede', future: 'oor',
    units: ['sekonde*', 'minuut|minute', 'uur|ure', 'dag|dae', 'week|weke', 'maand*', 'jaar|jare'],
    phrases: { gister: ['day', 1], vandag: ['day', 0], eergister: ['day', 2] },
  },
  {
    tags: ['da', 'no'], past: 'siden', future: 'om',
    units: ['sekund*', 'minut*', 'time|timer', 'dag|dage|dager|døgn', 'uge|uger|uke|uker', 'måned*|md', 'år'],
    phrases: { 'i går': ['day', 1], 'i dag': ['day', 0], 'i forgårs': ['day', 2] },
  },
  {
    tags: ['sv'], past: 'sedan', future: 'om',
    units: ['sekund*', 'minut*', 'timm*', 'dag|dagar', 'veck*', 'månad*', 'år'],
    phrases: { igår: ['day', 1], 'i går': ['day', 1], idag: ['day', 0], 'i dag': ['day', 0], 'i förrgår': ['day', 2] },
  },
  {
    tags: ['is'], past: 'fyrir|síðan', future: 'eftir',
    units: ['sekúnd*', 'mínút*', 'klukkustund*|klst', 'dag*|degi|dögum', 'vik*', 'mánuð*', 'ár|ári|árum|ára'],
    phrases: { 'í gær': ['day', 1], 'í dag': ['day', 0] },
  },
  {
    tags: ['fi'], past: 'sitten', future: 'kuluttua|päästä',
    units: ['sekunt*', 'minuut*', 'tunt*', 'päivä*', 'viik*', 'kuukau*', 'vuosi|vuotta|vuoden'],
    phrases: { eilen: ['day', 1], tänään: ['day', 0], toissapäivänä: ['day', 2] },
  },
  {
    tags: ['et'], past: 'tagasi|eest', future: 'pärast',
    units: ['sekund*', 'minut*', 'tund*', 'päev*', 'nädal*', 'kuu|kuud|kuu*', 'aasta*'],
    phrases: { eile: ['day', 1], täna: ['day', 0], üleeile: ['day', 2] },
  },
  {
    tags: ['lt'], past: 'prieš', future: 'po|už',
    units: ['sekund*', 'minut*|minuč*', 'valand*', 'dien*', 'savait*', 'mėnes*|mėn', 'met*'],
    phrases: { vakar: ['day', 1], šiandien: ['day', 0], užvakar: ['day', 2] },
  },
  {
    tags: ['lv'], past: 'pirms', future: 'pēc',
    units: ['sekund*', 'minūt*', 'stund*', 'dien*', 'nedēļ*', 'mēne*', 'gad*'],
    phrases: { vakar: ['day', 1], šodien: ['day', 0], aizvakar: ['day', 2] },
  },
  {
    tags: ['pl'], past: 'temu', future: 'za',
    units: ['sekund*|sek', 'minut*|min', 'godzin*|godz', 'dzień|dni|dnia', 'tydzień|tygodni*', 'miesiąc*|miesięc*', 'rok|roku|lata|lat'],
    phrases: { wczoraj: ['day', 1], dzisiaj: ['day', 0], dziś: ['day', 0], przedwczoraj: ['day', 2], jutro: ['day', -1], pojutrze: ['day', -2] },
  },
  {
    tags: ['cs'], past: 'před', future: 'za',
    units: ['sekund*|vteřin*|sek', 'minut*|min', 'hodin*|hod', 'den|dny|dnem|dní|dnech|dnů', 'týd*', 'měsíc*', 'rok|roky|rokem|let|lety|roků'],
    phrases: { včera: ['day', 1], dnes: ['day', 0], předevčírem: ['day', 2] },
  },
  {
    tags: ['sk'], past: 'pred', future: 'o|za',
    units: ['sekund*|sek', 'minút*|minut*|min', 'hodin*|hod', 'deň|dňa|dni|dní|dňom|dňami|dňoch', 'týžd*', 'mesiac*', 'rok|roky|rokom|rokmi|rokov'],
    phrases: { včera: ['day', 1], dnes: ['day', 0], predvčerom: ['day', 2] },
  },
  {
    tags: ['sl'], past: 'pred', future: 'čez',
    units: ['sekund*|sek', 'minut*|min', 'ura|uro|uri|ure|urama|urami|ur', 'dan|dni|dnem|dnev*', 'ted*', 'mesec*', 'leto|leti|letom|letoma|let|leta'],
    phrases: { včeraj: ['day', 1], danes: ['day', 0], predvčerajšnjim: ['day', 2] },
  },
  {
    // Bosnian, Croatian and Serbian (both scripts): the same words, never in conflict.
    tags: ['hr', 'bs', 'sr', 'sh'], past: 'prije|pre|прије|пре', future: 'za|за',
    units: [
      'sekund*|sek|секунд*|сек', 'minut*|min|минут*|мин', 'sat|sata|sati|sat vremena|h|сат|сата|сати|сат времена',
      'dan|dana|дан|дана', 'sedm*|tjed*|nedelj*|nedjelj*|недељ*|недјељ*|седмиц*|nedelju dana|недељу дана',
      'mjesec*|mesec*|mj|мјесец*|месец*|mesec dana|mjesec dana|месец дана', 'godin*|годин*|godinu dana|годину дана',
    ],
    phrases: { jučer: ['day', 1], juče: ['day', 1], јуче: ['day', 1], danas: ['day', 0], данас: ['day', 0] },
  },
  {
    tags: ['ro'], past: 'acum', future: 'peste|în',
    units: ['secund*', 'minut*', 'oră|ore|ora', 'zi|zile|ziua', 'săptămân*', 'lună|luni|luna', 'an|ani|anul'],
    phrases: { ieri: ['day', 1], azi: ['day', 0], astăzi: ['day', 0], alaltăieri: ['day', 2] },
  },
  {
    tags: ['ca'], past: 'fa', future: "d'aquí a",
    units: ['segon*', 'minut*', 'hora|hores', 'dia|dies', 'setman*', 'mes|mesos', 'any|anys'],
    phrases: { ahir: ['day', 1], avui: ['day', 0], "abans-d'ahir": ['day', 2] },
  },
  {
    tags: ['gl'], past: 'hai|fai', future: 'dentro de|en',
    units: ['segundo*', 'minuto*', 'hora*', 'día|días', 'semana*', 'mes|meses', 'ano|anos'],
    phrases: { onte: ['day', 1], hoxe: ['day', 0], antonte: ['day', 2] },
  },
  {
    tags: ['eu'], past: 'duela', future: 'barru',
    units: ['segundo*', 'minutu*', 'ordu*', 'egun*', 'aste*', 'hilabete*', 'urte*'],
    phrases: { atzo: ['day', 1], gaur: ['day', 0], herenegun: ['day', 2] },
  },
  {
    tags: ['hu'], bare: true, past: 'ezelőtt|korábban', future: 'múlva|belül',
    units: ['másodperc*|mp', 'perc*', 'ór*', 'nap*', 'hét|het*', 'hónap*', 'év*'],
    phrases: { tegnap: ['day', 1], ma: ['day', 0], tegnapelőtt: ['day', 2] },
  },
  {
    tags: ['sq'], past: 'më parë|para', future: 'pas',
    units: ['sekond*', 'minut*', 'orë|ora|orët', 'dit*', 'jav*', 'muaj*', 'vit|viti|vite|vjet'],
    phrases: { dje: ['day', 1], sot: ['day', 0], pardje: ['day', 2] },
  },
  {
    tags: ['tr'], past: 'önce', future: 'sonra|içinde|içerisinde',
    units: ['saniye', 'dakika|dk', 'saat|sa', 'gün', 'hafta', 'ay', 'yıl|sene'],
    phrases: { dün: ['day', 1], bugün: ['day', 0], 'evvelsi gün': ['day', 2], yarın: ['day', -1] },
  },
  {
    tags: ['az'], past: 'əvvəl|öncə', future: 'sonra|ərzində',
    units: ['saniyə', 'dəqiqə', 'saat', 'gün', 'həftə', 'ay', 'il'],
    phrases: { dünən: ['day', 1], 'bu gün': ['day', 0], bugün: ['day', 0] },
  },
  {
    tags: ['uz'], past: 'oldin|avval', future: 'keyin',
    units: ['soniya', 'daqiqa', 'soat', 'kun', 'hafta', 'oy', 'yil'],
    phrases: { kecha: ['day', 1], bugun: ['day', 0] },
  },
  {
    // Indonesian and Malay: "saat" is Malay for second (Turkish "saat" is an hour).
    tags: ['id', 'ms'], past: 'yang lalu|lalu|yang lepas|lepas', future: 'lagi|dalam',
    units: ['detik|saat|dtk', 'menit|minit|mnt', 'jam', 'hari', 'minggu|mgg', 'bulan|bln', 'tahun|thn'],
    phrases: { kemarin: ['day', 1], semalam: ['day', 1], 'hari ini': ['day', 0] },
  },
  {
    tags: ['fil', 'tl'], past: 'nakalipas|nakaraan', future: 'mula ngayon',
    units: ['segundo*', 'minuto*', 'oras', 'araw', 'linggo', 'buwan', 'taon'],
    phrases: { kahapon: ['day', 1] },
  },
  {
    tags: ['vi'], past: 'trước', future: 'nữa|sau',
    units: ['giây', 'phút', 'giờ|tiếng', 'ngày', 'tuần', 'tháng', 'năm'],
    phrases: { 'hôm qua': ['day', 1], 'hôm nay': ['day', 0], 'hôm kia': ['day', 2] },
  },
  {
    tags: ['sw'], past: 'iliyopita|zilizopita|uliopita|yaliyopita|lililopita|iliopita', future: 'baada ya',
    units: ['sekunde*', 'dakika', 'saa', 'siku', 'wiki', 'mwezi|miezi', 'mwaka|miaka'],
    phrases: { jana: ['day', 1], leo: ['day', 0] },
  },
  {
    tags: ['zu'], past: 'eledlule|adlule|olwedlule|ezedlule|eyedlule|owedlule|edlule',
    units: ['isekhondi|amasekhondi', 'iminithi|amaminithi', 'ihora|amahora', 'usuku|izinsuku', 'iviki|amaviki', 'inyanga|izinyanga', 'unyaka|iminyaka'],
    phrases: { izolo: ['day', 1], namuhla: ['day', 0] },
  },
];
