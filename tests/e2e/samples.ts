import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SAMPLES_DIR = fileURLToPath(new URL('../fixtures/samples/', import.meta.url));

export interface SamplePayload {
  url: string;
  match: string;
  file: string;
}

export interface Sample {
  id: string;
  platform: 'instagram' | 'tiktok' | 'youtube';
  url: string;
  html: string;
  payloads: SamplePayload[];
  expect: Record<string, unknown> & { error?: boolean; followers?: number | { approx: number } | null };
}

export function loadSamples(): Sample[] {
  return JSON.parse(readFileSync(join(SAMPLES_DIR, 'manifest.json'), 'utf8')) as Sample[];
}

/** The samples that yield a scorecard (private accounts included): everything but the failure pages. */
export function creatorSamples(): Sample[] {
  return loadSamples().filter((s) => !s.expect.error);
}

export function samplePath(file: string): string {
  return join(SAMPLES_DIR, file);
}

/** The brand profile the demo applies: competitors and a value checklist, so the flags have something to check. */
export function loadDemoBrand(): unknown {
  return JSON.parse(readFileSync(join(SAMPLES_DIR, 'demo-brand.json'), 'utf8'));
}
