import { JSDOM } from 'jsdom';
import type { ObservedPayload, PageCapture } from '@/lib/core/model/capture';
import { ExtractError } from '@/lib/core/model/errors';
import { extract } from '@/lib/core/platforms';

/** A page as the content script captures it: its address, its markup, and the responses it received. */
export function captureOf(url: string, html = '<html><body></body></html>', payloads: ObservedPayload[] = [], capturedAt = '2026-11-20T12:00:00.000Z'): PageCapture {
  return { url, doc: new JSDOM(html, { url }).window.document, payloads, capturedAt };
}

/** The refusal a page gets; fails the test when the page was read instead. */
export function refusalOf(capture: PageCapture): ExtractError {
  try {
    extract(capture);
  } catch (err) {
    if (err instanceof ExtractError) return err;
    throw err;
  }
  throw new Error('expected a refusal, but the page was read');
}
