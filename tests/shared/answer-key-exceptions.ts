/**
 * Mismatches with ../shared/fixtures/<platform>/EXPECTED.json that we believe are the key's
 * error, not the reader's, each with the evidence. Keep this list short and argued.
 */
export const ARGUED_MISMATCHES: Record<string, { mismatch: string; why: string }[]> = {};
