import { str } from '../../parse/json-path';
import type { SnapshotDraft } from '../shared/draft';
import type { PageRead } from '../shared/page-read';
import { type DocShapes, ofKind, origin } from './collect';
import { domProfile, type DomProfile } from './dom';
import type { ChannelHeader } from './header';
import type { Owner } from './owner';
import { YT_SELECTORS } from './selectors';
import { handleInPath } from './text';

const NO_DOM: DomProfile = { handle: null, displayName: null, subscribers: { value: null, exact: false } };

export type Sourced<T> = T & { source: string; videos?: ChannelHeader['videos'] };

export interface Identity {
  /** Channel headers of this channel (channel page) or of the video's owner (watch page). */
  headers: Sourced<ChannelHeader>[];
  /** The owner of the video a watch or Shorts page plays. */
  owners: Sourced<Owner>[];
  /** The handle the address bar names, which the rendered DOM must show before it is believed. */
  urlHandle: string | null;
}

/**
 * The creator's identity and counts: a channel page's header, else the owner of the video a watch
 * page plays; the rendered DOM only when neither JSON was there, and only when it shows the same @handle.
 */
/** Returns whether the rendered header proved it shows this channel (so its rendered grid may be read too). */
export function readProfile(shapes: readonly DocShapes[], who: Identity, doc: Document, draft: SnapshotDraft, read: PageRead): boolean {
  const people = [...who.owners, ...who.headers];
  const metaMatch = ofKind(shapes, 'channelMetadata').find((m) => people.length === 0 || people.some((p) => p.channelId === str(m.value.externalId)));
  const meta = metaMatch?.value;
  const metaSource = metaMatch ? `${origin(metaMatch)} (channelMetadataRenderer)` : '';
  const jsonKnows = people.some((x) => x.handle || x.channelId) && people.some((x) => x.subscribers.value !== null);
  const expected = who.urlHandle ?? people.find((p) => p.handle)?.handle ?? null;
  const rendered = jsonKnows ? NO_DOM : domProfile(doc);
  // The rendered header may still show the previous channel after in-page navigation: believe it only when it names this one.
  const dom = rendered.handle && expected && rendered.handle.toLowerCase() === expected.toLowerCase() ? rendered : NO_DOM;

  read.channelId = draft.pick('channelId', [
    ...people.map((x) => ({ value: x.channelId, source: x.source })),
    { value: str(meta?.externalId), source: metaSource },
  ]);
  // The page's own data is the authority; the URL may differ in case or be a /channel/ link.
  const handle = draft.pick('handle', [
    ...people.map((x) => ({ value: x.handle, source: x.source })),
    { value: who.urlHandle, source: 'url' },
    { value: handleInPath(str(meta?.vanityChannelUrl)), source: metaSource },
    { value: dom.handle, source: `dom: ${YT_SELECTORS.dom.handle[0]}` },
  ]);
  read.handle = handle ?? read.channelId;
  if (read.handle && !handle) {
    draft.sources.handle = 'channel id';
    draft.warn(`This page does not show the channel's @handle; the channel id ${read.handle} stands in for it.`);
  }
  read.profileUrl = !read.handle ? null : handle ? `https://www.youtube.com/@${handle}` : `https://www.youtube.com/channel/${read.handle}`;
  read.followers = draft.pick('followers', [
    ...people.map((x) => ({ value: x.subscribers.value, source: x.source, exact: x.subscribers.exact })),
    { value: dom.subscribers.value, source: `dom: ${YT_SELECTORS.dom.subscribers[0]}`, exact: dom.subscribers.exact },
  ]);
  if (draft.approximate.includes('followers')) draft.warn('YouTube shows subscribers rounded down, so the subscriber count is a lower bound.');
  read.displayName = draft.pick('displayName', [
    ...people.map((x) => ({ value: x.title, source: x.source })),
    { value: str(meta?.title), source: metaSource },
    { value: dom.displayName, source: `dom: ${YT_SELECTORS.dom.displayName[0]}` },
  ]);
  read.postsCount = draft.pick('postsCount', who.headers.map((h) => ({ value: h.videos.value, source: h.source, exact: h.videos.exact })));
  read.verified = draft.pick('verified', people.map((x) => ({ value: x.verified, source: x.source })));
  read.bio = draft.pick('bio', [{ value: str(meta?.description), source: metaSource }]);
  const linked = who.headers.find((h) => h.links.length > 0);
  read.externalLinks = linked?.links ?? [];
  if (linked) draft.sources.externalLinks = linked.source;
  return dom !== NO_DOM;
}
