import { arr, at, str, type Json } from '../../parse/json-path';
import { YT_SELECTORS } from './selectors';
import { linkTarget } from './text';

const L = YT_SELECTORS.headerLinks;

/** The outside links of a pageHeaderViewModel (2026), URL-decoded out of their redirects. */
export function pageHeaderLinks(vm: Json): string[] {
  return linksAt(vm, [L.pageHeader]);
}

/** The outside links of a c4TabbedHeaderRenderer: 2017–2023 renderer links, then the 2024 view model. */
export function c4Links(c4: Json): string[] {
  return linksAt(c4, [...L.c4Renderer, L.c4ViewModel]);
}

function linksAt(root: Json, places: readonly { list: string; url: string }[]): string[] {
  const out: string[] = [];
  for (const place of places) {
    for (const item of arr(at(root, place.list))) {
      const target = linkTarget(str(at(item, place.url)));
      if (target && !out.includes(target)) out.push(target);
    }
  }
  return out;
}
