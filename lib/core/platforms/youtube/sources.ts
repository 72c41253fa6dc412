import type { PageCapture } from '../../model/capture';
import { scriptAssignment } from '../../parse/embedded-json';
import { isObj } from '../../parse/json-path';
import { YT_SELECTORS } from './selectors';
import type { Doc } from './watch';
import { payloadLabel } from '../shared/payload-label';

/**
 * Every JSON document the page holds, in the order the page got them: its own
 * ytInitialData and ytInitialPlayerResponse, then each response it fetched
 * (tab switches, scrolling, comments). Readers tell documents apart by shape.
 * `onVideo`: the URL names a video (/watch, /shorts/), so a player response is expected.
 */
export function pageDocs(capture: PageCapture, onVideo: boolean): Doc[] {
  const out: Doc[] = [];
  // Only a watch page seeds a player; elsewhere the search would only cost time.
  const embedded = [
    { markers: YT_SELECTORS.initialDataMarkers, source: 'json: ytInitialData' },
    ...(onVideo ? [{ markers: YT_SELECTORS.playerMarkers, source: 'json: ytInitialPlayerResponse' }] : []),
  ];
  for (const { markers, source } of embedded) {
    for (const marker of markers) {
      const data = scriptAssignment(capture.doc, marker);
      if (isObj(data)) {
        out.push({ data, source });
        break;
      }
    }
  }
  for (const p of capture.payloads) {
    if (isObj(p.body)) out.push({ data: p.body, source: `payload: ${payloadLabel(p.url)}` });
  }
  return out;
}
