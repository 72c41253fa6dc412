import { browser } from 'wxt/browser';
import type { MessageType, RequestOf, ResponseOf } from '../messaging/protocol';

/**
 * The content script's side of the protocol without zod: what loads on every platform page must
 * stay small. It sends typed messages (the background checks them with zod where it receives them)
 * and accepts one request, 'read-page', whose three fields it checks here by hand.
 */
export function sendFromPage<T extends 'score' | 'load-reader' | 'read-progress'>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<ResponseOf<T>>;
}

export type ReadRequest = RequestOf<'read-page'>;

function readRequestOf(message: unknown): ReadRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, payload } = message as { type?: MessageType; payload?: Record<string, unknown> };
  if (type !== 'read-page' || typeof payload !== 'object' || payload === null) return null;
  const { store, campaign, requestId } = payload;
  if (typeof store !== 'boolean') return null;
  if (campaign !== null && campaign !== undefined && (typeof campaign !== 'string' || campaign.trim().length > 120)) return null;
  if (requestId !== null && (typeof requestId !== 'string' || requestId.length > 40)) return null;
  // As the background's zod check reads it: trimmed, and blank means none.
  return { store, campaign: typeof campaign === 'string' && campaign.trim() ? campaign.trim() : null, requestId };
}

/** Listens for 'read-page' from the extension itself (its panel or background); answers at once. */
export function onReadRequest(handle: (request: ReadRequest) => void): () => void {
  const listener = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void): boolean => {
    const request = readRequestOf(message);
    // Only our own extension may ask; a message from elsewhere is not even answered.
    if (!request || sender.id !== browser.runtime.id) return false;
    handle(request);
    sendResponse({});
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export type ReadWindowRequest = RequestOf<'read-window'>;

const isRequestId = (id: unknown): id is string => typeof id === 'string' && id.length > 0 && id.length <= 40;

/** 'read-window' checked by hand, as the background's zod schema reads it; null when it is not one. */
export function readWindowRequestOf(message: unknown): ReadWindowRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, payload } = message as { type?: MessageType; payload?: Record<string, unknown> };
  if (type !== 'read-window' || typeof payload !== 'object' || payload === null) return null;
  const { days, campaign, requestId } = payload;
  if (days !== 30 && days !== 60 && days !== 90) return null;
  if (campaign !== null && campaign !== undefined && (typeof campaign !== 'string' || campaign.trim().length > 120)) return null;
  if (!isRequestId(requestId)) return null;
  return { days, campaign: typeof campaign === 'string' && campaign.trim() ? campaign.trim() : null, requestId };
}

/** 'stop-reading' checked by hand: the request id of the read to stop, or null. */
export function stopRequestOf(message: unknown): string | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, payload } = message as { type?: MessageType; payload?: Record<string, unknown> };
  if (type !== 'stop-reading' || typeof payload !== 'object' || payload === null) return null;
  return isRequestId(payload.requestId) ? payload.requestId : null;
}

/** Listens for 'read-window' and 'stop-reading' from our own extension only; answers each at once. */
export function onReadWindowRequest(read: (request: ReadWindowRequest) => void, stop: (requestId: string) => void): () => void {
  const listener = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void): boolean => {
    if (sender.id !== browser.runtime.id) return false;
    const request = readWindowRequestOf(message);
    const stopping = request ? null : stopRequestOf(message);
    if (request) read(request);
    else if (stopping) stop(stopping);
    else return false;
    sendResponse({});
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
