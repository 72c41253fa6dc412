import { z } from 'zod';

/** A response the page itself received, copied by the passive observer (or read from a saved file). */
export const ObservedPayload = z.object({
  url: z.string(),
  body: z.unknown(),
});
export type ObservedPayload = z.infer<typeof ObservedPayload>;

/**
 * Everything an extractor may read. Built by the content script in the browser
 * and by the CLI from saved files, so extraction runs the same in both.
 */
export interface PageCapture {
  url: string;
  doc: Document;
  payloads: ObservedPayload[];
  capturedAt: string;
}
