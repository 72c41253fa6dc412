import { findMarkers } from './disclosure-markers';

const NOT_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const NOT_AFTER = String.raw`(?![\p{L}\p{N}_])`;
const re = (source: string): RegExp => new RegExp(`${NOT_BEFORE}(?:${source})${NOT_AFTER}`, 'iu');

// Descriptions explain affiliate links in prose more than they label them, so beyond the
// caption markers we accept the explanation itself (FTC: say you are paid per sale).
const EXPLANATIONS: readonly RegExp[] = [
  // "affiliate marketing" is a topic, not a tie; "aff link" / "#afflink" are the usual short forms.
  re(String.raw`(?:amazon )?affiliates?(?! marketing)|aff(?:iliate)?[- ]?links?|#aff`),
  re(String.raw`commissions?|kickbacks?|referral (?:fee|bonus)`),
  re(String.raw`amazon associates?|associate program|associates program`),
  re(String.raw`at no (?:extra|additional) (?:cost|charge)(?: to you)?`),
  re(String.raw`(?:i|we) (?:may |might |will )?(?:earn|receive|get|make) (?:a )?(?:small |tiny )?(?:percentage|portion|cut|share)`),
];

// "Support the channel" is a disclosure only when it is about the links: the same sentence
// must ask for support (of the channel, the show, "me"…) and talk about links or shopping.
// "Arch support", "support rig" are products, so support must be asked for: of someone, or "by using…".
const SUPPORT = re(String.raw`support(?:s|ing)? (?:the|this|my|our|me|us)|support(?:s|ing)? (?:\S+ ){0,3}by (?:clicking|using|shopping|buying|purchasing)|help(?:s|ing)? (?:out )?(?:the|this|my|our) (?:channel|show|blog|work|content)`);
const ABOUT_LINKS = re(String.raw`links?|purchases?|purchasing|buy|buying|shop|shopping|amazon|using these`);
// Saying there is no tie ("not sponsored", "not compensated by any … affiliate") is not a disclosure of one.
const DENIAL = re(String.raw`not (?:sponsored|compensated|paid|affiliated)|no affiliation|(?:do not|don't|doesn't|does not) (?:make|earn|get) (?:any )?money`);

/** Whether free text (a video description, a pin) carries any disclosure of a commercial tie. */
export function detectDisclosureText(text: string): boolean {
  const sentences = text.split(/\n|(?<=[.!?])\s/u).filter((s) => !DENIAL.test(s));
  return sentences.some((s) =>
    findMarkers(s).some((m) => m.strength === 'clear' || m.strength === 'gifted')
    || EXPLANATIONS.some((r) => r.test(s))
    || (SUPPORT.test(s) && ABOUT_LINKS.test(s)));
}
