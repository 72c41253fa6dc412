import { describe, expect, it } from 'vitest';
import { followerCount } from '@/components/dashboard/brief-form';

describe('a brief\'s follower counts, as a scout types them', () => {
  it('reads thousands grouped the English or the German way, and k or M with either decimal mark', () => {
    expect(['10000', '10,000', '10.000', '10 000', "10'000", '1.000.000', '10k', '10K', '1.5k', '1,5k', '2.5M'].map(followerCount))
      .toEqual([10_000, 10_000, 10_000, 10_000, 10_000, 1_000_000, 10_000, 10_000, 1_500, 1_500, 2_500_000]);
  });

  it('refuses what it would have to guess at, instead of saving 10 for a German 10.000-style typo', () => {
    expect(['10.5', '1,5', '10.00', '1.000,5', 'ten thousand', '-5', '10,000.000.000', ''].map(followerCount)).toEqual([null, null, null, null, null, null, null, null]);
  });
});
