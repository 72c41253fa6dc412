// Recall and false-positive rate of detectDisclosureText on Mathur et al.'s affiliate-disclosure
// labels (../shared/data/mathur-affiliate-disclosures). Every row carries an affiliate link, so a
// "false positive" is a disclosure we claim where the labellers marked none. The labels come from
// whole sentence clusters, so they are noisy both ways; what the leftovers are, by kind:
// - YouTube misses: mostly bare link headers and calls to click ("Amazon link:", "click this link")
//   that sit in a disclosure cluster without saying anything about a commercial tie; support-the-show
//   requests split over two lines (the ask on one, the link on the next); a few unrelated sentences
//   (news blurbs, "not affiliated with…") swept into a cluster.
// - YouTube false positives: many are real disclosures outside the affiliate clusters ("sponsored by",
//   "(AD)", "I get a small commission"); the rest are "affiliate"/"associates program"/"commission"
//   as a topic (make-money videos) and boilerplate that denies a tie in a way the denial filter misses.
// - Pinterest misses: pins labelled by cluster whose text shows no disclosure at all (keyword lists,
//   subscription-box pitches, product titles with "see this product" tails).
// - Pinterest false positives: nearly all explicit "#sponsored", "#ad" or "affiliate link" that the
//   clusters did not cover, i.e. label gaps rather than detector errors.
// The data is not redistributable and never enters the repo; without it this file defines no tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { detectDisclosureText } from '../../lib/core/scoring/disclosure';
import { HAS_SHARED, SHARED_DIR } from './shared-paths';

interface Row {
  readonly id: string;
  readonly description_sentences_joined: string;
  readonly any_disclosure: string;
}

interface Case {
  readonly name: string;
  readonly file: string;
  /** Floors a few points under what the detector reached when written (see the report). */
  readonly minRecall: number;
  readonly maxFalsePositiveRate: number;
}

const CASES: readonly Case[] = [
  { name: 'YouTube videos', file: 'youtube_videos_labeled.csv', minRecall: 0.7, maxFalsePositiveRate: 0.06 },
  { name: 'Pinterest pins', file: 'pinterest_pins_labeled.csv', minRecall: 0.92, maxFalsePositiveRate: 0.04 },
];

function rows(file: string): Row[] {
  const text = readFileSync(join(SHARED_DIR, 'data', 'mathur-affiliate-disclosures', file), 'utf8');
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
}

const pct = (k: number, n: number): string => `${k}/${n} (${((100 * k) / n).toFixed(1)}%)`;

if (HAS_SHARED) {
  describe('detectDisclosureText on the Mathur affiliate-disclosure labels', () => {
    it.each(CASES)('$name', ({ name, file, minRecall, maxFalsePositiveRate }) => {
      const all = rows(file);
      const positives = all.filter((r) => r.any_disclosure === '1');
      const negatives = all.filter((r) => r.any_disclosure === '0');
      expect(positives.length).toBeGreaterThan(0);
      expect(negatives.length).toBeGreaterThan(0);
      const found = positives.filter((r) => detectDisclosureText(r.description_sentences_joined)).length;
      const claimed = negatives.filter((r) => detectDisclosureText(r.description_sentences_joined)).length;
      console.log(`disclosure recall (${name}): ${pct(found, positives.length)}`);
      console.log(`disclosure false-positive rate (${name}): ${pct(claimed, negatives.length)}`);
      expect(found / positives.length).toBeGreaterThanOrEqual(minRecall);
      expect(claimed / negatives.length).toBeLessThanOrEqual(maxFalsePositiveRate);
    });
  });
}
