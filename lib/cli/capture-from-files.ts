import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { JSDOM } from 'jsdom';
import type { ObservedPayload, PageCapture } from '../core/model/capture';
import { at, isObj, str, type Json } from '../core/parse/json-path';

/**
 * Builds the same PageCapture the content script builds, from saved files:
 * an HTML page, JSON payloads, or recorded-response wrappers {request, response:{responseBody}}.
 * jsdom parses without running the page's scripts.
 */
export function captureFromFiles(url: string, files: string[], capturedAt: string): PageCapture {
  let html = '<!doctype html><html><head></head><body></body></html>';
  const payloads: ObservedPayload[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    // Saved pages are sometimes cut mid-document, so markup anywhere (not only at the start) means HTML.
    const looksHtml = /^\s*</.test(text) || (!/^\s*[[{"]/.test(text) && /<script[\s>]/i.test(text));
    if (looksHtml) {
      html = text;
      continue;
    }
    let json: Json;
    try {
      json = JSON.parse(text) as Json;
    } catch (err) {
      throw new Error(`${basename(file)} is neither HTML nor valid JSON (${(err as Error).message})`);
    }
    payloads.push(unwrap(json, file));
  }
  const doc = new JSDOM(html, { url }).window.document;
  return { url, doc, payloads, capturedAt };
}

/** A recorded response keeps the body as text next to the request that fetched it. */
function unwrap(json: Json, file: string): ObservedPayload {
  const body = str(at(json, 'response.responseBody'));
  if (isObj(json) && isObj(json.request) && body !== null) {
    return { url: str(at(json, 'request.url')) ?? `file:${basename(file)}`, body: JSON.parse(body) as Json };
  }
  return { url: `file:${basename(file)}`, body: json };
}
