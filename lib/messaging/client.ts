import { browser } from 'wxt/browser';
import { failureOf, RequestFailed, type Failure } from './failure';
import { Envelope, PROTOCOL, type MessageType, type RequestOf, type ResponseOf } from './protocol';

function throwIfFailed(raw: unknown): void {
  const failure = (raw as { failure?: Failure } | null)?.failure;
  if (failure && typeof failure.message === 'string') throw new RequestFailed({ kind: failure.kind === 'storage-full' ? 'storage-full' : 'failed', message: failure.message });
}

/**
 * Sends a typed message to the background. Zod checks each message once, where it is received:
 * the background checks the request, and the answer is checked here.
 */
export async function sendToBackground<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const raw: unknown = await browser.runtime.sendMessage({ type, payload });
  throwIfFailed(raw);
  return PROTOCOL[type].response.parse(raw) as ResponseOf<T>;
}

/** Sends a typed message to the content script of a tab. */
export async function sendToTab<T extends MessageType>(tabId: number, type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, { type, payload });
  throwIfFailed(raw);
  return PROTOCOL[type].response.parse(raw) as ResponseOf<T>;
}

/** Who sent a message: the tab, when it came from a content script. */
export interface Sender {
  /** The extension that sent it: ours, or the message is not ours to answer. */
  id?: string;
  tab?: { id?: number; url?: string };
  /** The sending document: an extension page's chrome-extension:// address, or the web page a content script runs in. */
  url?: string;
}

type Handlers = { [T in MessageType]?: (payload: RequestOf<T>, sender: Sender) => Promise<ResponseOf<T>> };

/**
 * Background or dashboard → extension pages (the side panel): a typed notice nobody has to answer.
 * With no panel open there is no receiver; that is normal, not an error.
 */
export function notifyPages<T extends 'tab-changed' | 'scored' | 'shortlists-changed' | 'read-progress'>(type: T, payload: RequestOf<T>): void {
  browser.runtime.sendMessage({ type, payload }).catch(() => undefined);
}

/**
 * Content scripts live in pages we do not control, so they may only send what they read of their
 * own tab (and ask for its reader); everything else (brand, campaigns, answers, other tabs) is for
 * extension pages. A sender that names no address, or is not this extension, may send nothing.
 */
const FROM_CONTENT_SCRIPTS: readonly MessageType[] = ['score', 'load-reader', 'read-progress'];

export function senderMayAsk(sender: Sender, type: MessageType): boolean {
  if (sender.id !== undefined && sender.id !== browser.runtime.id) return false;
  if (sender.url === undefined) return false;
  // Our own pages (the panel, the dashboard, opened in a tab or not) and the background.
  if (sender.url.startsWith(browser.runtime.getURL('/'))) return true;
  return sender.tab !== undefined && FROM_CONTENT_SCRIPTS.includes(type);
}

/**
 * Listens for typed messages. Unknown or malformed messages are ignored, so a
 * page cannot drive the extension with made-up payloads. Answers through
 * sendResponse, which every browser supports, rather than a returned promise.
 */

export function listen(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Sender, sendResponse: (answer: unknown) => void): boolean => {
    const env = Envelope.safeParse(message);
    if (!env.success) return false;
    const handler = handlers[env.data.type] as ((p: unknown, s: Sender) => Promise<unknown>) | undefined;
    if (!handler || !senderMayAsk(sender, env.data.type)) return false;
    const payload = PROTOCOL[env.data.type].request.safeParse(env.data.payload);
    if (!payload.success) return false;
    handler(payload.data, sender).then(sendResponse, (err: unknown) => {
      console.error('[microscope] handler failed', err);
      // The asker gets the reason (storage full, or what failed), never an empty answer to misread.
      sendResponse({ failure: failureOf(err) });
    });
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
