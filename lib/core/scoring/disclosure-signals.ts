import { keepLongest, type Found } from './disclosure-markers';

const NOT_BEFORE = String.raw`(?<![\p{L}\p{N}_])`;
const NOT_AFTER = String.raw`(?![\p{L}\p{N}_])`;

// Shorteners and storefronts that exist to pay the poster per sale (DISCLOSURE.md's list,
// plus the ltk.app/shopltk and amzn.* siblings of the same services).
const AFFILIATE_HOSTS = new RegExp(
  `${NOT_BEFORE}(?:https?://)?(?:www\\.)?(?:amzn\\.(?:to|eu|com)|a\\.co|liketk\\.it|(?:shop)?ltk\\.app|shopltk\\.com|shopstyle\\.(?:it|com|co\\.uk)|shopsty\\.le|rstyle\\.me|go\\.magik\\.ly)/\\S*`,
  'giu',
);
const AMAZON_TAGGED = /\bamazon\.[a-z.]+\/\S*[?&]tag=[\w-]+/giu;
// A generic shortener only counts beside a brand, or every link-in-caption would be "commercial".
const SHORTENER = new RegExp(`${NOT_BEFORE}(?:https?://)?(?:bit\\.ly|tinyurl\\.com|rebrand\\.ly)/\\S+`, 'giu');
const SHOP_LTK = new RegExp(`${NOT_BEFORE}(?:shop (?:my|on|via) (?:ltk|liketoknow\\.?it)|@shop\\.ltk)${NOT_AFTER}`, 'giu');

const LINK_IN_BIO = new RegExp(
  `${NOT_BEFORE}(?:link in (?:my )?bio (?:to|for) (?:shop|buy|order|get yours)|shop (?:it )?(?:via|through|with|at) (?:the )?link in (?:my )?bio|shop the link in (?:my )?bio|link (?:zum shoppen|zum produkt) (?:in|im) (?:der )?bio|lien en bio pour (?:acheter|commander|shopper))${NOT_AFTER}`,
  'giu',
);

// "use my code", "discount code", "Rabattcode", "code promo", or "code" + an upper-case/digit token ("code ANNA20").
const CODE_WORDS = new RegExp(
  `${NOT_BEFORE}(?:(?:use|with|enter|using) (?:my |our |the )?(?:promo |discount |coupon )?code|(?:promo|discount|coupon|rabatt|gutschein)[- ]?code|code (?:promo|de r[ée]duction)|mit (?:meinem|dem) code)${NOT_AFTER}`,
  'giu',
);
// Case-sensitive on purpose: a voucher token is shouted ("SARA15"), prose is not ("code of conduct").
const CODE_TOKEN = /(?<![\p{L}\p{N}_])(?:[Cc]ode|CODE)[^\S\n]*[:"“'„]?[^\S\n]*[A-Z0-9][A-Z0-9_-]{2,}(?![\p{L}\p{N}_])/gu;
const URL_OR_DOMAIN = /(?:https?:\/\/|www\.)\S+|\b[\w-]+\.(?:com|co\.uk|de|fr|ie|shop|store)\b/iu;

function all(re: RegExp, text: string): Found[] {
  return [...text.matchAll(re)].map((m) => ({ text: m[0], strength: 'commercial-signal' as const, position: m.index }));
}

/**
 * Commercial signals in a caption: affiliate links, "link in bio to shop", and a discount
 * code when a brand is present (an @mention, a tagged sponsor, or a shop URL).
 */
export function findSignals(caption: string, hasBrand: boolean): Found[] {
  const found = [...all(AFFILIATE_HOSTS, caption), ...all(AMAZON_TAGGED, caption), ...all(SHOP_LTK, caption), ...all(LINK_IN_BIO, caption)];
  const brandNearby = hasBrand || URL_OR_DOMAIN.test(caption);
  if (brandNearby) found.push(...all(CODE_WORDS, caption), ...all(CODE_TOKEN, caption));
  if (hasBrand) found.push(...all(SHORTENER, caption));
  return keepLongest(found);
}
