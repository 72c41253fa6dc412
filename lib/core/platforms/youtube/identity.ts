import { str } from '../../parse/json-path';
import { type DocShapes, ofKind, origin } from './collect';
import type { ChannelRef } from './detect';
import { readHeader } from './header';
import { ownerFromPlayer, ownerFromReelHeader, ownerFromRenderer } from './owner';
import type { Identity, Sourced } from './profile';
import type { ChannelHeader } from './header';
import { handleInPath } from './text';

export type Named = { handle: string | null; channelId: string | null };

/** The channel headers of one document, each with the channel id its channelMetadataRenderer gives. */
function headersOf(s: DocShapes): Sourced<ChannelHeader>[] {
  const metaId = ofKind(s, 'channelMetadata').map((m) => str(m.value.externalId)).find((x) => x) ?? null;
  return s.matches.flatMap((m) => {
    const h = readHeader(m, metaId);
    return h ? [{ ...h, source: `${origin(m)} (${h.layout})` }] : [];
  });
}

/** Who a document says it is about: its header, else its channelMetadataRenderer; null for a scroll or comments page. */
export function namedIn(s: DocShapes): Named | null {
  const h = headersOf(s).find((x) => x.handle || x.channelId);
  if (h) return h;
  const meta = ofKind(s, 'channelMetadata')[0];
  return meta ? { handle: handleInPath(str(meta.value.vanityChannelUrl)), channelId: str(meta.value.externalId) } : null;
}

const same = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase();

/** On a channel page: its headers. On a watch or Shorts page: the video's owner, and a header only if it is the owner's. */
export function identityOf(shapes: DocShapes[], ref: ChannelRef | null, videoId: string | null): Identity {
  const headers = shapes.flatMap(headersOf);
  if (videoId === null) return { headers, owners: [], urlHandle: ref?.handle ?? null };
  const owners: Sourced<Identity['owners'][number]>[] = [];
  for (const s of shapes) {
    for (const m of ofKind(s, 'owner')) {
      const o = ownerFromRenderer(m);
      if (o) owners.push({ ...o, source: `${origin(m)} (${o.layout})` });
    }
    const micro = ofKind(s, 'playerMicroformat')[0] ?? null;
    for (const m of ofKind(s, 'videoDetails')) {
      if (str(m.value.videoId) === videoId) owners.push({ ...ownerFromPlayer(m, micro), source: `${origin(m)} (videoDetails)` });
    }
    for (const m of ofKind(s, 'reelHeader')) owners.push({ ...ownerFromReelHeader(m), source: `${origin(m)} (reelPlayerHeaderRenderer)` });
  }
  const owner = owners.find((o) => o.channelId) ?? owners.find((o) => o.handle);
  // A channel header on a watch page is left over from earlier browsing unless it is the owner's own.
  const ownHeaders = owner ? headers.filter((h) => same(h.channelId, owner.channelId) || same(h.handle, owner.handle)) : [];
  return { headers: ownHeaders, owners: owner ? owners.filter((o) => !o.channelId || !owner.channelId || o.channelId === owner.channelId) : [], urlHandle: null };
}
