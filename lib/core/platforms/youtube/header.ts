import { arr, str, type Json } from '../../parse/json-path';
import { readCount, type CountReading } from '../../parse/count-text';
import type { ShapeMatch } from '../../parse/json-walk';
import { dig, digAll, digStr } from './dig';
import type { YtKind } from './shapes';
import { linkTarget, textOf } from './text';

export interface ChannelHeader {
  layout: string;
  title: string | null;
  handle: string | null;
  subscribers: CountReading;
  videos: CountReading;
  verified: boolean | null;
  channelId: string | null;
  links: string[];
}

const VERIFIED_STYLES = ['BADGE_STYLE_TYPE_VERIFIED', 'BADGE_STYLE_TYPE_VERIFIED_ARTIST'];

/** A channel header of either layout; `channelId` is the page's channelMetadataRenderer id (the 2026 header names none). */
export function readHeader(m: ShapeMatch<YtKind>, channelId: string | null): ChannelHeader | null {
  if (m.kind === 'pageHeader') return pageHeader(m.value, channelId);
  if (m.kind === 'c4Header') return c4Header(m.value);
  return null;
}

function pageHeader(vm: Record<string, Json>, channelId: string | null): ChannelHeader {
  const parts = digAll(vm.metadata, 'metadataParts').flatMap(arr).map((p) => digStr(p, 'content') ?? '');
  // A pronouns part ("he/him") may sit beside the handle: only the "@" part is the handle.
  const handlePart = parts.find((p) => p.startsWith('@'));
  const subs = parts.find((p) => /subscriber/i.test(p)) ?? null;
  const videos = parts.find((p) => /\bvideos?\b/i.test(p)) ?? null;
  return {
    layout: 'pageHeaderViewModel',
    title: digStr(vm.title, 'content'),
    handle: handlePart ? handlePart.slice(1) : null,
    subscribers: readCount(subs, 'en'),
    videos: readCount(videos, 'en'),
    verified: digAll(vm.title, 'imageName').some((n) => n === 'CHECK_CIRCLE_FILLED'),
    channelId,
    links: linksIn(vm.attribution),
  };
}

function c4Header(c4: Record<string, Json>): ChannelHeader {
  const handleText = textOf(c4.channelHandleText);
  return {
    layout: 'c4TabbedHeaderRenderer',
    title: str(c4.title) ?? textOf(c4.title),
    handle: handleText?.startsWith('@') ? handleText.slice(1) : null,
    subscribers: readCount(textOf(c4.subscriberCountText), 'en'),
    videos: readCount(textOf(c4.videosCountText), 'en'),
    verified: digAll(c4.badges, 'style').some((s) => VERIFIED_STYLES.includes(str(s) ?? '')),
    channelId: str(c4.channelId),
    links: linksIn(c4.headerLinks),
  };
}

/** Outside links (each a /redirect?q=… link), decoded, in page order: 2026 attribution, c4 primary and secondary links. */
function linksIn(root: Json): string[] {
  const out: string[] = [];
  for (const endpoint of digAll(root, 'urlEndpoint')) {
    const target = linkTarget(str(dig(endpoint, 'url', (v) => typeof v === 'string')));
    if (target && !out.includes(target)) out.push(target);
  }
  return out;
}

export { VERIFIED_STYLES };
