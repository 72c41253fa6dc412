import { arr, isObj, str, type Json } from '../../parse/json-path';
import { readCount, type CountReading } from '../../parse/count-text';
import type { ShapeMatch } from '../../parse/json-walk';
import { dig, digAll, digStr } from './dig';
import { VERIFIED_STYLES } from './header';
import type { YtKind } from './shapes';
import { handleInPath, textOf } from './text';

/** The creator of the video a watch or Shorts page plays. */
export interface Owner {
  layout: string;
  title: string | null;
  handle: string | null;
  channelId: string | null;
  subscribers: CountReading;
  verified: boolean | null;
}

const NO_COUNT: CountReading = { value: null, exact: false };

/** videoOwnerRenderer of a watch page or /next payload (collab videos: the first collaborator listed, the uploader). */
export function ownerFromRenderer(m: ShapeMatch<YtKind>): Owner | null {
  const vo = m.value;
  const title = textOf(vo.title);
  if (title === null) return collabOwner(vo);
  return {
    layout: 'videoOwnerRenderer',
    title,
    handle: handleInPath(digStr(vo.navigationEndpoint, 'canonicalBaseUrl')),
    channelId: digStr(vo.navigationEndpoint, 'browseId'),
    subscribers: readCount(textOf(vo.subscriberCountText), 'en'),
    verified: digAll(vo.badges, 'style').some((s) => VERIFIED_STYLES.includes(str(s) ?? '')),
  };
}

// Collab videos have no title, only "CrunchLabs and Mark Rober"; the dialog lists each channel.
function collabOwner(vo: Record<string, Json>): Owner | null {
  const list = dig(vo.navigationEndpoint, 'listItems', Array.isArray) ?? dig(vo.attributedTitle, 'listItems', Array.isArray);
  const first = arr(list)[0];
  if (!isObj(first)) return null;
  const titleOf = dig(first, 'title', isObj);
  // "‎⁨@CrunchLabs⁩ • ⁨2.86m subscribers⁩": bidi marks around each part.
  const parts = (digStr(dig(first, 'subtitle'), 'content') ?? '').replace(/[\u200e\u200f\u2066-\u2069]/g, '').split('•').map((p) => p.trim());
  const handlePart = parts.find((p) => p.startsWith('@'));
  return {
    layout: 'videoOwnerRenderer collaborators (first listed)',
    title: digStr(titleOf, 'content'),
    handle: handlePart ? handlePart.slice(1) : handleInPath(digStr(titleOf, 'canonicalBaseUrl')),
    channelId: digStr(titleOf, 'browseId'),
    subscribers: readCount(parts.find((p) => /subscriber/i.test(p)) ?? null, 'en'),
    verified: digAll(titleOf, 'imageName').some((n) => n === 'CHECK_CIRCLE_FILLED'),
  };
}

/** The player response names its channel but shows no subscriber count or badge. */
export function ownerFromPlayer(details: ShapeMatch<YtKind>, micro: ShapeMatch<YtKind> | null): Owner {
  const m = micro?.value;
  return {
    layout: 'videoDetails',
    title: str(details.value.author) ?? str(m?.ownerChannelName),
    handle: handleInPath(str(m?.ownerProfileUrl)),
    channelId: str(details.value.channelId),
    subscribers: NO_COUNT,
    verified: null,
  };
}

/** A Shorts page's channel bar: "@handle" or the channel's name, and the link to the channel. */
export function ownerFromReelHeader(m: ShapeMatch<YtKind>): Owner {
  const name = textOf(m.value.channelTitleText);
  const link = m.value.channelNavigationEndpoint;
  return {
    layout: 'reelPlayerHeaderRenderer',
    title: name && !name.startsWith('@') ? name : null,
    handle: handleInPath(digStr(link, 'canonicalBaseUrl')) ?? (name?.startsWith('@') ? name.slice(1) : null),
    channelId: digStr(link, 'browseId'),
    subscribers: NO_COUNT,
    verified: null,
  };
}
