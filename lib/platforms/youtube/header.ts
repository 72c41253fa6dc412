import { arr, at, str, type Json } from '../../parse/json-path';
import { readCount, type CountReading } from '../../parse/count-text';
import { c4Links, pageHeaderLinks } from './links';
import { YT_SELECTORS } from './selectors';
import { textOf } from './text';

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

/** Reads whichever header layout this browse response uses. */
export function readHeader(data: Json): ChannelHeader | null {
  const vm = at(data, YT_SELECTORS.header.pageHeader);
  if (vm !== undefined) return pageHeader(vm, data);
  const c4 = at(data, YT_SELECTORS.header.c4Tabbed);
  if (c4 !== undefined) return c4Header(c4);
  return null;
}

function pageHeader(vm: Json, data: Json): ChannelHeader {
  const parts = arr(at(vm, 'metadata.contentMetadataViewModel.metadataRows'))
    .flatMap((row) => arr(at(row, 'metadataParts')))
    .map((p) => str(at(p, 'text.content')) ?? '');
  // A pronouns part ("he/him") may sit beside the handle: only the "@" part is the handle.
  const handlePart = parts.find((p) => p.startsWith('@'));
  const subs = parts.find((p) => /subscriber/i.test(p)) ?? null;
  const videos = parts.find((p) => /\bvideos?\b/i.test(p)) ?? null;
  const badge = arr(at(vm, 'title.dynamicTextViewModel.text.attachmentRuns'))
    .some((r) => str(at(r, 'element.type.imageType.image.sources.0.clientResource.imageName')) === 'CHECK_CIRCLE_FILLED');
  return {
    layout: 'pageHeaderViewModel',
    title: str(at(vm, 'title.dynamicTextViewModel.text.content')),
    handle: handlePart ? handlePart.slice(1) : null,
    subscribers: readCount(subs, 'en'),
    videos: readCount(videos, 'en'),
    verified: badge,
    channelId: str(at(data, `${YT_SELECTORS.channelMetadata}.externalId`)),
    links: pageHeaderLinks(vm),
  };
}

function c4Header(c4: Json): ChannelHeader {
  const handleText = textOf(at(c4, 'channelHandleText'));
  const badges = arr(at(c4, 'badges')).map((b) => str(at(b, 'metadataBadgeRenderer.style')));
  return {
    layout: 'c4TabbedHeaderRenderer',
    title: str(at(c4, 'title')),
    handle: handleText?.startsWith('@') ? handleText.slice(1) : null,
    subscribers: readCount(textOf(at(c4, 'subscriberCountText')), 'en'),
    videos: readCount(textOf(at(c4, 'videosCountText')), 'en'),
    verified: badges.some((s) => s === 'BADGE_STYLE_TYPE_VERIFIED' || s === 'BADGE_STYLE_TYPE_VERIFIED_ARTIST'),
    channelId: str(at(c4, 'channelId')),
    links: c4Links(c4),
  };
}
