import { arr, at, isObj, str, type Json } from '../../parse/json-path';
import { readCount, type CountReading } from '../../parse/count-text';
import { YT_SELECTORS } from './selectors';
import { handleInPath, textOf } from './text';

const W = YT_SELECTORS.watch;

/** The creator of the video a watch page plays. */
export interface Owner {
  layout: string;
  title: string | null;
  handle: string | null;
  channelId: string | null;
  subscribers: CountReading;
  verified: boolean | null;
}

/** The renderer under `key` in the watch page's main column (videoPrimaryInfoRenderer, videoSecondaryInfoRenderer…). */
export function watchPart(data: Json, key: string): Json {
  for (const item of arr(at(data, W.contents))) {
    const part = at(item, key);
    if (isObj(part)) return part;
  }
  return undefined;
}

/** videoSecondaryInfoRenderer.owner.videoOwnerRenderer of a watch page or /next payload. */
export function ownerFromNext(data: Json): Owner | null {
  const vo = at(watchPart(data, 'videoSecondaryInfoRenderer'), W.owner);
  if (!isObj(vo)) return null;
  const title = textOf(at(vo, 'title'));
  // Collab videos have no title, only "CrunchLabs and Mark Rober"; the dialog lists each channel.
  if (title === null) return collabOwner(vo);
  const browse = at(vo, 'navigationEndpoint.browseEndpoint');
  const badges = arr(at(vo, 'badges')).map((b) => str(at(b, 'metadataBadgeRenderer.style')));
  return {
    layout: 'videoOwnerRenderer',
    title,
    handle: handleInPath(str(at(browse, 'canonicalBaseUrl'))),
    channelId: str(at(browse, 'browseId')),
    subscribers: readCount(textOf(at(vo, 'subscriberCountText')), 'en'),
    verified: badges.some((s) => s === 'BADGE_STYLE_TYPE_VERIFIED' || s === 'BADGE_STYLE_TYPE_VERIFIED_ARTIST'),
  };
}

function collabOwner(vo: Json): Owner | null {
  const first = W.collabItems.map((p) => at(vo, `${p}.0.listItemViewModel`)).find(isObj);
  if (!first) return null;
  // "‎⁨@CrunchLabs⁩ • ⁨2.86m subscribers⁩": bidi marks around each part.
  const parts = (str(at(first, 'subtitle.content')) ?? '').replace(/[\u200e\u200f\u2066-\u2069]/g, '').split('•').map((p) => p.trim());
  const handlePart = parts.find((p) => p.startsWith('@'));
  const run = at(first, 'title.commandRuns.0.onTap.innertubeCommand.browseEndpoint');
  const badge = arr(at(first, 'title.attachmentRuns'))
    .some((r) => str(at(r, 'element.type.imageType.image.sources.0.clientResource.imageName')) === 'CHECK_CIRCLE_FILLED');
  return {
    layout: 'videoOwnerRenderer collaborators (first listed)',
    title: str(at(first, 'title.content')),
    handle: handlePart ? handlePart.slice(1) : handleInPath(str(at(run, 'canonicalBaseUrl'))),
    channelId: str(at(run, 'browseId')),
    subscribers: readCount(parts.find((p) => /subscriber/i.test(p)) ?? null, 'en'),
    verified: badge,
  };
}

/** The player response names its channel but shows no subscriber count or badge. */
export function ownerFromPlayer(data: Json): Owner | null {
  const details = at(data, YT_SELECTORS.player.details);
  const channelId = str(at(details, 'channelId'));
  if (!isObj(details) || !channelId) return null;
  const micro = at(data, YT_SELECTORS.player.microformat);
  return {
    layout: 'videoDetails',
    title: str(at(details, 'author')) ?? str(at(micro, 'ownerChannelName')),
    handle: handleInPath(str(at(micro, 'ownerProfileUrl'))),
    channelId,
    subscribers: { value: null, exact: false },
    verified: null,
  };
}
