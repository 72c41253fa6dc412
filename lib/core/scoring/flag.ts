import type { Flag, FlagId, Severity } from '../model/findings';

/** Builds a flag; numbers are rounded so the evidence reads cleanly and stays deterministic. */
export function flag(id: FlagId, severity: Severity, message: string, postIds: string[], numbers: Record<string, number | string>): Flag {
  const rounded = Object.fromEntries(Object.entries(numbers).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v]));
  return { id, severity, message, evidence: { postIds, numbers: rounded } };
}

export function round(n: number): number {
  return Math.abs(n) >= 100 ? Math.round(n) : Number(n.toPrecision(4));
}

export const pct = (n: number) => `${(n * 100).toFixed(2)}%`;
