import type { PageCapture } from '../../model/capture';
import type { Post } from '../../model/snapshot';
import { scriptAssignment } from '../../parse/embedded-json';
import { at, findAll, isObj, str, type Json } from '../../parse/json-path';
import { mergePosts, SnapshotDraft } from '../shared/draft';
import { emptyRead, type PageRead } from '../shared/page-read';
import { channelFromUrl } from './detect';
import { readHeader, type ChannelHeader } from './header';
import { postFromTile } from './posts';
import { YT_SELECTORS } from './selectors';

interface BrowseData {
  data: Json;
  source: string;
}

/** Everything a YouTube channel page holds; never throws on missing data. */
export function readYouTube(capture: PageCapture): PageRead {
  const ref = channelFromUrl(new URL(capture.url));
  const datas = browseDatas(capture);
  const headers = datas.map((d) => ({ header: readHeader(d.data), ...d }))
    .filter((h): h is BrowseData & { header: ChannelHeader } => h.header !== null);
  const draft = new SnapshotDraft();
  const meta = datas.map((d) => ({ m: at(d.data, YT_SELECTORS.channelMetadata), source: d.source })).find((x) => isObj(x.m));
  const vanity = /\/@([^/]+)$/.exec(str(at(meta?.m, 'vanityChannelUrl')) ?? '')?.[1] ?? null;
  const headerHandle = headers.find((h) => h.header.handle)?.header.handle ?? null;
  const channelId = headers.find((h) => h.header.channelId)?.header.channelId ?? str(at(meta?.m, 'externalId'));
  // The page's own header is the authority; the URL may differ in case or be a /channel/ link.
  const handle = headerHandle ?? ref?.handle ?? vanity ?? channelId;
  const read = emptyRead('youtube');
  read.hints = { notAProfile: !ref, loggedOut: YT_SELECTORS.consentWall.some((s) => capture.doc.querySelector(s) !== null) };
  read.handle = handle;
  read.channelId = channelId;
  read.profileUrl = handle === null ? null : handle === channelId ? `https://www.youtube.com/channel/${handle}` : `https://www.youtube.com/@${handle}`;
  read.followers = draft.pick('followers', headers.map((h) => ({
    value: h.header.subscribers.value, source: `${h.source} (${h.header.layout})`, exact: h.header.subscribers.exact,
  })));
  if (handle && !headerHandle && !ref?.handle && !vanity) draft.warn(`This channel page shows no @handle; the channel id ${handle} stands in for it.`);
  if (draft.approximate.includes('followers')) draft.warn('YouTube shows subscribers rounded down, so the subscriber count is a lower bound.');
  read.displayName = draft.pick('displayName', [
    ...headers.map((h) => ({ value: h.header.title, source: h.source })),
    { value: str(at(meta?.m, 'title')), source: meta?.source ?? '' },
  ]);
  read.postsCount = draft.pick('postsCount', headers.map((h) => ({ value: h.header.videos.value, source: h.source, exact: h.header.videos.exact })));
  read.verified = draft.pick('verified', headers.map((h) => ({ value: h.header.verified, source: h.source })));
  read.isPrivate = false;
  read.bio = draft.pick('bio', [{ value: str(at(meta?.m, 'description')), source: meta?.source ?? '' }]);
  read.posts = mergePosts(datas.map((d) => tiles(d.data)));
  if (read.posts.length > 0) draft.warn('YouTube channel grids show views only; likes and comments are unknown until a video is opened.');
  read.sources = draft.sources;
  read.approximate = draft.approximate;
  read.warnings = draft.warnings;
  return read;
}

/** The page's own ytInitialData, then each browse response the page fetched (tab switches, scrolling). */
function browseDatas(capture: PageCapture): BrowseData[] {
  const out: BrowseData[] = [];
  for (const marker of YT_SELECTORS.initialDataMarkers) {
    const data = scriptAssignment(capture.doc, marker);
    if (data !== undefined) {
      out.push({ data, source: 'json: ytInitialData' });
      break;
    }
  }
  for (const p of capture.payloads) {
    if (isObj(p.body)) out.push({ data: p.body, source: 'payload: /youtubei/v1/browse' });
  }
  return out;
}

function tiles(data: Json): Post[] {
  const posts: Post[] = [];
  for (const root of YT_SELECTORS.gridRoots) {
    for (const { key, value } of findAll(at(data, root), YT_SELECTORS.itemKeys)) {
      const post = postFromTile(key, value);
      if (post) posts.push(post);
    }
  }
  return posts;
}
