import type { Tier } from '../core/model/scorecard';
import type { PlatformId } from '../core/model/snapshot';
import { PLATFORM_TRAITS } from '../core/platforms/traits';
import { fieldId } from '../../components/options/field-id';

export { fieldId };

/** Every platform, from the registry: a new platform gets its rows here without touching this file. */
export const PLATFORMS: PlatformId[] = PLATFORM_TRAITS.map((t) => t.id);
export const TIERS: Tier[] = ['nano', 'micro', 'macro', 'mega'];
export type CardKey = `${PlatformId}.${Tier}`;

/** Every platform × tier the overrides and the rate card have a row for. */
export const CARD_KEYS: { key: CardKey; platform: PlatformId; tier: Tier }[] = PLATFORMS.flatMap((platform) =>
  TIERS.map((tier) => ({ key: `${platform}.${tier}` as CardKey, platform, tier })),
);

export const PLATFORM_NAMES = Object.fromEntries(PLATFORM_TRAITS.map((t) => [t.id, t.name])) as Record<PlatformId, string>;

/** Handles and words are typed as one text: comma- or newline-separated, blanks ignored. */
export function splitList(text: string): string[] {
  return text.split(/[,\n]/).map((w) => w.trim()).filter((w) => w !== '');
}

export function joinList(words: readonly string[]): string {
  return words.join(', ');
}

/** A checklist id from its label: "Avoids vaping & gambling" → "avoids-vaping-gambling". */
export function slugOf(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** A DOM id for a field path ("competitors.0.name" → "f-competitors-0-name"). */

const SECTION: Record<string, string> = {
  name: 'Brand name', handles: 'Your own handles', markets: 'Markets', currency: 'Currency', exclusivityDays: 'Exclusivity',
  competitors: 'Competitor', checklist: 'Checklist item', benchmarkOverrides: 'Benchmark', rateCard: 'Rate card', thresholds: 'Threshold',
};

/** A field path in words for the error summary, and the id of the box to jump to. */
export function describePath(path: string): { text: string; target: string } {
  const [head = '', ...rest] = path.split('.');
  const words = rest.map((p) =>
    /^\d+$/.test(p) ? String(Number(p) + 1) : (PLATFORM_NAMES as Record<string, string>)[p] ?? p.replace(/([A-Z])/g, ' $1').toLowerCase());
  const isRangeRow = (head === 'benchmarkOverrides' || head === 'rateCard') && rest.length === 2;
  return { text: [SECTION[head] ?? head, ...words].join(' '), target: fieldId(isRangeRow ? `${path}.low` : path) };
}
