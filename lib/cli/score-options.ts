import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { BrandProfile } from '../core/model/brand';
import { LanguageCode } from '../core/model/campaign';
import { ProfileSnapshot } from '../core/model/snapshot';
import type { ScoreOptions } from '../core/scoring/score';

/** Reads and validates --brand, --history and --now; throws an Error whose message names the bad input. */
export function scoreOptionsFrom(values: { brand?: string; history?: string; now?: string; languages?: string }): ScoreOptions & { now: Date } {
  const now = new Date(values.now ?? Date.now());
  if (Number.isNaN(now.getTime())) throw new Error(`--now is not an ISO time: ${values.now}`);
  const options: ScoreOptions & { now: Date } = { now };
  if (values.brand) options.brand = parseFile(values.brand, BrandProfile, '--brand');
  if (values.history) options.history = parseFile(values.history, z.array(ProfileSnapshot), '--history');
  if (values.languages !== undefined) {
    const codes = z.array(LanguageCode).safeParse(values.languages.split(',').filter(Boolean));
    if (!codes.success) throw new Error(`--languages ${values.languages}: ${codes.error.issues[0]?.message ?? 'invalid'}`);
    options.languages = codes.data;
  }
  return options;
}

function parseFile<T extends z.ZodType>(path: string, schema: T, flag: string): z.infer<T> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`${flag} ${path}: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${flag} ${path}: ${first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'invalid'}`);
  }
  return parsed.data;
}
