import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import { ProfileSnapshot } from '@/lib/core/model/snapshot';
import { extract } from '@/lib/core/platforms';
import { score } from '@/lib/core/scoring/score';
import { HAS_SHARED, SHARED_DIR } from './shared-paths';

// One real profile capture per platform and layout era, read in place from ../shared.
const REAL_PAGES: [string, string][] = [
  ['https://www.instagram.com/robertdowneyjr/', 'fixtures/instagram/ig_profile_html_robertdowneyjr_46.3M-followers_2020.html'],
  ['https://www.instagram.com/robertdowneyjr/', 'fixtures/instagram/ig_web_profile_info_robertdowneyjr_52.98M_2022.json'],
  ['https://www.tiktok.com/@tiktok', 'fixtures/tiktok/tt_profile_NEXT_DATA_tiktok_50.1M_2021-01.html'],
  ['https://www.tiktok.com/@oddanimalspecimens', 'fixtures/tiktok/tt_scrapfly_RAW_userInfo_oddanimalspecimens_2026.json'],
  ['https://www.youtube.com/@kurzgesagt/videos', 'fixtures/youtube/yt_browse_channel_kurzgesagt_25M_2026-01_pageHeader_richGrid.newpipe.json'],
  ['https://www.youtube.com/c/ProgrammingKnowledge/videos', 'fixtures/youtube/yt_channel_page_html_programmingknowledge_1.38M_2021-05.html'],
];

if (HAS_SHARED) {
  describe('score CLI logic on real pages from ../shared', () => {
    it.each(REAL_PAGES)('%s ← %s gives a valid snapshot and score', (url, file) => {
      const snapshot = extract(captureFromFiles(url, [join(SHARED_DIR, file)], '2026-11-20T12:00:00.000Z'));
      expect(ProfileSnapshot.parse(snapshot)).toBeTruthy();
      expect(snapshot.followers).toBeGreaterThan(0);
      const card = score(snapshot);
      expect(card.tier).toBe('mega');
    });
  });
}
