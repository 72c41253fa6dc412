import { z } from 'zod';

export const ExtractErrorReason = z.enum([
  'not-a-profile',
  'private-account',
  'logged-out',
  'layout-changed',
  'unsupported-site',
  // The page was open before Microscope was installed or updated, so no reader is listening.
  'reload-needed',
]);
export type ExtractErrorReason = z.infer<typeof ExtractErrorReason>;

export const ExtractErrorInfo = z.object({
  reason: ExtractErrorReason,
  missing: z.array(z.string()),
  message: z.string(),
});
export type ExtractErrorInfo = z.infer<typeof ExtractErrorInfo>;

/** Raised when an essential (handle, follower count) cannot be read; says what and the likely cause. */
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
