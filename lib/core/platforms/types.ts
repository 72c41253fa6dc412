import type { PageCapture } from '../model/capture';
import type { PlatformId } from '../model/snapshot';
import type { PageRead } from './shared/page-read';

/** The one contract every platform implements; scoring and UI never see platform details. */
export interface Platform extends PlatformAddress {
  /** Pure and total: reads what the page holds, leaving unknowns null. Never throws on missing data. */
  read(capture: PageCapture): PageRead;
}

/** What a platform's addresses say: small enough for the content script that loads on every page. */
export interface PlatformAddress {
  id: PlatformId;
  /** True when the URL belongs to this platform at all. */
  matchesHost(url: URL): boolean;
  /** True when the URL is a page we can read a creator from (a profile, or a post of theirs). */
  isCreatorPage(url: URL): boolean;
  /**
   * What an address names, as "<kind>:<value>" ("handle:wren", "post:DdRhk", "channel:UC…"), so the
   * address bar can be held against the address the document itself declares (canonical, og:url).
   */
  pageKey(url: URL): string | null;
}
