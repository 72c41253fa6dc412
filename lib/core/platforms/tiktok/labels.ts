import { arr, at, bool, int, isObj, str, type Json } from '../../parse/json-path';

export interface Disclosure {
  paidPartnership: boolean | null;
  disclosureLabel: string | null;
  sponsors: string[];
}

/**
 * TikTok's two commercial labels, read from the fields real item JSON carries.
 * TikTok's posting rules name them: the "branded content" toggle (a third-party brand)
 * shows "Paid partnership"; the "brand organic" toggle alone (the creator's own
 * business) shows "Promotional content"; both together show "Paid partnership".
 * Both are commercial, so both set paidPartnership; the label tells them apart.
 *
 * Read: isAd (web item, 2019–2026), isPaidPartnership, brandedContentType and
 * brandOrganicType (web item), commerceInfo / commerce_info {branded_content_type,
 * brand_organic_type} (app-shaped items) and brandContentAccounts /
 * branded_content_accounts (the brand's account, when named).
 * Not read: adLabelVersion and adAuthorization. Ordinary items carry 0/false, and no
 * sample shows either set without isAd, so alone they prove nothing.
 */
export function disclosureOf(item: Json): Disclosure {
  const commerce = isObj(at(item, 'commerceInfo')) ? at(item, 'commerceInfo') : at(item, 'commerce_info');
  const sponsors = sponsorsOf(item);
  const branded = [
    bool(at(item, 'isAd')),
    bool(at(item, 'isPaidPartnership')),
    flag(at(item, 'brandedContentType')),
    flag(at(commerce, 'branded_content_type') ?? at(commerce, 'brandedContentType')),
    sponsors.length > 0 ? true : null,
  ];
  const organic = [
    flag(at(item, 'brandOrganicType')),
    flag(at(commerce, 'brand_organic_type') ?? at(commerce, 'brandOrganicType')),
  ];
  if (branded.includes(true)) return { paidPartnership: true, disclosureLabel: 'Paid partnership', sponsors };
  if (organic.includes(true)) return { paidPartnership: true, disclosureLabel: 'Promotional content', sponsors };
  // An explicit "no" from any of these fields is a real false; no field at all stays unknown.
  const said = [...branded, ...organic].includes(false);
  return { paidPartnership: said ? false : null, disclosureLabel: null, sponsors };
}

/** A type code (0 = none) or a boolean; anything else says nothing. */
function flag(v: Json): boolean | null {
  const b = bool(v);
  if (b !== null) return b;
  const n = int(v);
  return n === null ? null : n > 0;
}

function sponsorsOf(item: Json): string[] {
  const list = [...arr(at(item, 'brandContentAccounts')), ...arr(at(item, 'branded_content_accounts'))];
  const names = list.map((a) => str(a) ?? str(at(a, 'uniqueId')) ?? str(at(a, 'unique_id')) ?? str(at(a, 'nickname')));
  return [...new Set(names.filter((n): n is string => !!n && n.trim() !== '').map((n) => n.trim()))];
}
