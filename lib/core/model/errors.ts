import { z } from 'zod';

export const ExtractErrorReason = z.enum([
  'not-a-profile',
  'private-account',
  'logged-out',
  'layout-changed',
  'unsupported-site',
  // The page was open before Microscope was installed or updated, so no reader is listening.
  'reload-needed',
  // The platform says the account is banned, deleted or does not exist.
  'unavailable',
  // An age-restricted video: the page withholds it and its creator.
  'age-gated',
  // The page shows posts or comments but not whose they are.
  'no-creator',
  // The address bar names a creator the page has not loaded yet (a single-page app mid-navigation).
  'still-loading',
  // The browser refused to store more: the scout must export, then delete old data.
  'storage-full',
]);
export type ExtractErrorReason = z.infer<typeof ExtractErrorReason>;

export const ExtractErrorInfo = z.object({
  reason: ExtractErrorReason,
  missing: z.array(z.string()),
  message: z.string(),
});
export type ExtractErrorInfo = z.infer<typeof ExtractErrorInfo>;

/** Raised when no creator can be identified on the page; says what and the likely cause. */
export class ExtractError extends Error {
  readonly reason: ExtractErrorReason;
  readonly missing: string[];
  constructor(reason: ExtractErrorReason, missing: string[], message: string) {
    super(message);
    this.name = 'ExtractError';
    this.reason = reason;
    this.missing = missing;
  }
  toInfo(): ExtractErrorInfo {
    return { reason: this.reason, missing: this.missing, message: this.message };
  }
}
