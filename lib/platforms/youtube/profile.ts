import { at, isObj, str } from '../../parse/json-path';
import type { SnapshotDraft } from '../shared/draft';
import type { PageRead } from '../shared/page-read';
import type { ChannelRef } from './detect';
import { domProfile, type DomProfile } from './dom';
import { readHeader } from './header';
import { ownerFromNext, ownerFromPlayer } from './owner';
import { YT_SELECTORS } from './selectors';
import { handleInPath } from './text';
import type { Doc } from './watch';

const S = YT_SELECTORS;
const NO_DOM: DomProfile = { handle: null, displayName: null, subscribers: { value: null, exact: false } };

/**
 * The creator's identity and counts: a channel page's header, else the owner of the video
 * a watch page plays; the rendered DOM only when neither JSON was there.
 */
export function readProfile(docs: Doc[], ref: ChannelRef | null, onVideo: boolean, doc: Document, draft: SnapshotDraft, read: PageRead): void {
  const headers = docs.flatMap((d) => { const h = readHeader(d.data); return h ? [{ ...h, source: `${d.source} (${h.layout})` }] : []; });
  const owners = docs.flatMap((d) => [ownerFromNext(d.data), ownerFromPlayer(d.data)]
    .flatMap((o) => (o ? [{ ...o, source: `${d.source} (${o.layout})`, videos: { value: null, exact: false } }] : [])));
  // On a watch page the video's owner is the creator; a channel header there would be left over from earlier browsing.
  const who = onVideo ? [...owners, ...headers] : [...headers, ...owners];
  const metaDoc = docs.find((d) => isObj(at(d.data, S.channelMetadata)));
  const meta = at(metaDoc?.data, S.channelMetadata);
  const metaSource = `${metaDoc?.source ?? ''} (channelMetadataRenderer)`;
  const jsonKnows = who.some((x) => x.handle || x.channelId) && who.some((x) => x.subscribers.value !== null);
  const dom = jsonKnows ? NO_DOM : domProfile(doc);

  read.channelId = draft.pick('channelId', [
    ...who.map((x) => ({ value: x.channelId, source: x.source })),
    { value: str(at(meta, 'externalId')), source: metaSource },
  ]);
  // The page's own data is the authority; the URL may differ in case or be a /channel/ link.
  const handle = draft.pick('handle', [
    ...who.map((x) => ({ value: x.handle, source: x.source })),
    { value: ref?.handle, source: 'url' },
    { value: handleInPath(str(at(meta, 'vanityChannelUrl'))), source: metaSource },
    { value: dom.handle, source: `dom: ${S.dom.handle[0]}` },
  ]);
  read.handle = handle ?? read.channelId;
  if (read.handle && !handle) {
    draft.sources.handle = 'channel id';
    draft.warn(`This channel shows no @handle; the channel id ${read.handle} stands in for it.`);
  }
  read.profileUrl = !read.handle ? null : handle ? `https://www.youtube.com/@${handle}` : `https://www.youtube.com/channel/${read.handle}`;
  read.followers = draft.pick('followers', [
    ...who.map((x) => ({ value: x.subscribers.value, source: x.source, exact: x.subscribers.exact })),
    { value: dom.subscribers.value, source: `dom: ${S.dom.subscribers[0]}`, exact: dom.subscribers.exact },
  ]);
  if (draft.approximate.includes('followers')) draft.warn('YouTube shows subscribers rounded down, so the subscriber count is a lower bound.');
  read.displayName = draft.pick('displayName', [
    ...who.map((x) => ({ value: x.title, source: x.source })),
    { value: str(at(meta, 'title')), source: metaSource },
    { value: dom.displayName, source: `dom: ${S.dom.displayName[0]}` },
  ]);
  read.postsCount = draft.pick('postsCount', headers.map((h) => ({ value: h.videos.value, source: h.source, exact: h.videos.exact })));
  read.verified = draft.pick('verified', who.map((x) => ({ value: x.verified, source: x.source })));
  read.bio = draft.pick('bio', [{ value: str(at(meta, 'description')), source: metaSource }]);
  const linked = headers.find((h) => h.links.length > 0);
  read.externalLinks = linked?.links ?? [];
  if (linked) draft.sources.externalLinks = linked.source;
}
