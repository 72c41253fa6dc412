import { browser } from 'wxt/browser';
import { Envelope, PROTOCOL, type MessageType, type RequestOf, type ResponseOf } from './protocol';

/** Sends a typed message to the background; both directions are validated. */
export async function sendToBackground<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  PROTOCOL[type].request.parse(payload);
  const raw: unknown = await browser.runtime.sendMessage({ type, payload });
  return PROTOCOL[type].response.parse(raw) as ResponseOf<T>;
}

/** Sends a typed message to the content script of a tab. */
export async function sendToTab<T extends MessageType>(tabId: number, type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, { type, payload });
  return PROTOCOL[type].response.parse(raw) as ResponseOf<T>;
}

type Handlers = { [T in MessageType]?: (payload: RequestOf<T>) => Promise<ResponseOf<T>> };

/**
 * Listens for typed messages. Unknown or malformed messages are ignored, so a
 * page cannot drive the extension with made-up payloads. Answers through
 * sendResponse, which every browser supports, rather than a returned promise.
 */
export function listen(handlers: Handlers): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): boolean => {
    const env = Envelope.safeParse(message);
    if (!env.success) return false;
    const handler = handlers[env.data.type] as ((p: unknown) => Promise<unknown>) | undefined;
    if (!handler) return false;
    const payload = PROTOCOL[env.data.type].request.safeParse(env.data.payload);
    if (!payload.success) return false;
    handler(payload.data).then(sendResponse, (err: unknown) => {
      console.error('[microscope] handler failed', err);
      sendResponse(undefined);
    });
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
