import { str } from '../../parse/json-path';
import { type DocShapes, ofKind, origin } from './collect';
import { countryCode, localeTag } from './country-names';
import { textOf } from './text';

export interface AboutCountry {
  /** ISO 3166 alpha-2, upper case. */
  code: string;
  source: string;
}

/**
 * The country the creator states on the channel's About (aboutChannelViewModel.country, or the
 * ≤2023 channelAboutFullMetadataRenderer's), taken only from an About that names this channel's
 * id: the tab keeps the About of every channel opened before. The page's countryCode
 * (localization, the top bar) is the viewer's and is never read.
 * `pageLang`: the document's language, since the About names the country in the viewer's language.
 */
export function aboutCountry(all: readonly DocShapes[], channelId: string | null, pageLang: string | null): AboutCountry | null {
  if (!channelId) return null;
  const locales = [...new Set([localeTag(pageLang), 'en'].filter((l): l is string => l !== null))];
  for (const m of ofKind(all, 'about')) {
    if (str(m.value.channelId) !== channelId) continue;
    const name = textOf(m.value.country);
    const code = countryCode(name, locales);
    if (code) return { code, source: `${origin(m)} (About country "${name}")` };
  }
  return null;
}
