import { z } from 'zod';

/**
 * A web address Microscope will store or link to: https only. `z.string().url()` alone accepts
 * javascript:, data: and file: addresses, which a crafted backup or CSV could plant behind a link.
 */
export const HttpsUrl = z.string().url().refine((u) => /^https:\/\//i.test(u), { message: 'must be an https:// address' });

/** The address to put in an href, or undefined (render as text) when it is not https. */
export function safeHref(url: string | null | undefined): string | undefined {
  return url && /^https:\/\//i.test(url) ? url : undefined;
}
