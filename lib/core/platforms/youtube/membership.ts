import { str } from '../../parse/json-path';
import { type DocShapes, ofKind } from './collect';
import type { ChannelRef } from './detect';
import { namedIn, type Named } from './identity';
import type { YtKind } from './shapes';
import { channelInToken, videoInToken } from './tokens';
import { videoIdOf } from './watch-parts';

/**
 * Which of the page's JSON documents are about the address bar's channel or video. The observer
 * keeps the responses of the whole tab session, so earlier channels' and videos' documents are
 * normally present: a document counts only when it is proven to be about this page's subject.
 */

/** What only a watch, Shorts or comments document holds: never part of a channel's page. */
const VIDEO_KINDS: readonly YtKind[] = [
  'watchRoot', 'videoDetails', 'playerMicroformat', 'playability', 'primaryInfo', 'secondaryInfo', 'owner', 'reelHeader',
  'commentsPanel', 'commentThread', 'commentViewModel', 'commentEntity', 'legacyComment', 'commentsHeader', 'teaserComment',
];

const same = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** The video a document is about: a /next root or a player's videoDetails, else the video its comment tokens page through. */
export function videoOfDoc(s: DocShapes): string | null {
  const own = videoIdOf(s);
  if (own) return own;
  for (const m of ofKind(s, 'continuation')) {
    const id = videoInToken(str(m.value.token));
    if (id) return id;
  }
  return null;
}

/** The channel id an unnamed browse document (a scroll page) pages through: its tokens, or its responseContext's browse_id. */
function channelIdOfDoc(s: DocShapes): string | null {
  for (const m of ofKind(s, 'continuation')) {
    const id = channelInToken(str(m.value.token));
    if (id) return id;
  }
  const param = ofKind(s, 'browseIdParam').map((m) => str(m.value.value)).find((v) => v?.startsWith('UC'));
  return param ?? null;
}

const isVideoDoc = (s: DocShapes) => s.matches.some((m) => VIDEO_KINDS.includes(m.kind)) || videoOfDoc(s) !== null;

export interface ChannelDocs {
  /** The documents proven to be this channel's: its own (header or metadata), and its grid's scroll pages. */
  mine: DocShapes[];
  /** Where a refusal's cause may be read: `mine`, or, when nothing proves any channel after it, the newest unnamed document (a terminated channel's alert names no channel). */
  hints: DocShapes[];
  /** Another channel the page proves it shows, when nothing proves this one. */
  other: string | null;
}

/**
 * A channel page: a document naming this channel counts; a watch, player or comments document
 * never does (related videos and comments are other channels'). A document naming no channel (a
 * grid's scroll page) counts when its continuation tokens or browse_id name this channel's id, or,
 * naming none, when it comes right after this channel's own document: YouTube asks for a grid's
 * next page only for the grid on screen, so it arrives after that grid's first page and before
 * the next page's document.
 */
export function ofThisChannel(shapes: readonly DocShapes[], ref: ChannelRef | null): ChannelDocs {
  // A document naming a channel is that channel's (a community post's like button is no watch page).
  const names = shapes.map((s) => namedIn(s) ?? (isVideoDoc(s) ? 'video' as const : null));
  // A /c/ or /user/ address names no handle or id to compare: the channel documents there are taken as they come.
  const legacy = !ref?.handle && !ref?.channelId;
  const isThis = (n: Named) => legacy || (same(n.handle, ref?.handle) || same(n.channelId, ref?.channelId));
  const ids = new Set<string>(ref?.channelId ? [ref.channelId] : []);
  names.forEach((n) => { if (n && n !== 'video' && isThis(n) && n.channelId) ids.add(n.channelId); });
  const mine: DocShapes[] = [];
  let previous: 'this' | 'other' | null = null;
  let other: string | null = null;
  let lastNamed = -1;
  shapes.forEach((s, i) => {
    const n = names[i];
    if (n === 'video') {
      previous = 'other';
      lastNamed = i;
    } else if (n) {
      previous = isThis(n) ? 'this' : 'other';
      lastNamed = i;
      if (previous === 'this') mine.push(s);
      else other = n.handle ?? other;
    } else {
      const id = channelIdOfDoc(s);
      const belongs = id ? ids.has(id) : previous === 'this';
      if (belongs) mine.push(s);
    }
  });
  const proven = names.some((n) => n && n !== 'video' && isThis(n));
  const tail = proven ? [] : shapes.slice(lastNamed + 1).filter((s) => !mine.includes(s));
  return { mine, hints: [...mine, ...tail], other: proven ? null : other };
}

/**
 * A watch or Shorts page: the documents naming this video (the /next and player responses, and
 * comments pages whose tokens name it). A document naming no video (a last comments page, an
 * age-gate player response) counts when it comes after this video's own document with no other
 * video's in between; or, when no document names any video, as the page's only evidence (it can
 * then give a refusal's cause or comments, never a creator: an owner is read only from a document
 * naming the video). A channel's own document is never about a video.
 */
export function aboutVideo(shapes: readonly DocShapes[], id: string): DocShapes[] {
  const videos = shapes.map(videoOfDoc);
  const anyNamed = videos.some((v) => v !== null);
  let last: string | null = null;
  return shapes.filter((s, i) => {
    const v = videos[i];
    if (v) {
      last = v;
      return v === id;
    }
    if (namedIn(s)) return false;
    return anyNamed ? last === id : true;
  });
}
