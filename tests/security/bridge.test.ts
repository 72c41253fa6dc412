import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureFromFiles } from '@/lib/cli/capture-from-files';
import { extract } from '@/lib/core/platforms';
import { score } from '@/lib/core/scoring/score';
import { parseEntries } from '@/lib/page/bridge';
import { OBSERVER_CAPS } from '@/lib/page/observer';

// Findings on the page ↔ content-script bridge (issue 13): a page script can answer the collect event
// itself, so what arrives is held to the observer's rules again, and forged numbers show as such.
const SAMPLES = join(process.cwd(), 'tests/fixtures/samples');
const PROFILE_INFO = 'https://www.instagram.com/api/v1/users/web_profile_info/?username=wren.wears.again';

function forgedProfileInfo(followers: number): string {
  const real = JSON.parse(readFileSync(join(SAMPLES, 'ig-current.web_profile_info.json'), 'utf8')) as { data: { user: Record<string, unknown> } };
  real.data.user.edge_followed_by = { count: followers };
  return JSON.stringify(real);
}

describe('what the bridge accepts', () => {
  it('drops entries from another host or an endpoint the observer does not copy', () => {
    const text = forgedProfileInfo(9_999_999);
    const detail = JSON.stringify([
      { url: 'https://evil.example/api/v1/users/web_profile_info/', text },
      { url: 'https://www.instagram.com/some/other/endpoint', text },
      { url: PROFILE_INFO, text },
    ]);
    expect(parseEntries(detail, 'www.instagram.com').map((p) => p.url)).toEqual([PROFILE_INFO]);
  });

  it('keeps at most the observer\'s caps, newest first kept, in their order', () => {
    const flood = Array.from({ length: 200_000 }, (_, i) => ({ url: `${PROFILE_INFO}&n=${i}`, text: '{}' }));
    expect(parseEntries(JSON.stringify(flood), 'www.instagram.com').length).toBeLessThanOrEqual(OBSERVER_CAPS.entries);
    const many = flood.slice(0, 100);
    const kept = parseEntries(JSON.stringify(many), 'www.instagram.com');
    expect(kept.map((p) => p.url)).toEqual(many.slice(-OBSERVER_CAPS.entries).map((e) => e.url));
    const huge = [{ url: PROFILE_INFO, text: JSON.stringify({ pad: 'x'.repeat(OBSERVER_CAPS.chars + 10) }) }];
    expect(parseEntries(JSON.stringify(huge), 'www.instagram.com')).toEqual([]);
  });
});

describe('a forged response against what the page shows', () => {
  it('names the response\'s host in the source and raises a reader-disagreement note with both values', () => {
    const forged = join(process.env.TMPDIR ?? '/tmp', `forged-${process.pid}.json`);
    const text = forgedProfileInfo(9_999_999);
    // As the content script would receive it: a recorded response with its real address.
    writeFileSync(forged, JSON.stringify({ request: { url: PROFILE_INFO }, response: { responseBody: text } }));
    const snapshot = extract(captureFromFiles('https://www.instagram.com/wren.wears.again/', [join(SAMPLES, 'ig-current.html'), forged], '2026-11-20T12:00:00.000Z'));
    expect(snapshot.sources.followers).toMatch(/^payload: www\.instagram\.com\/api\/v1\/users\/web_profile_info\/ @ data\.user/);
    expect(snapshot.disagreements).toContainEqual(expect.objectContaining({ field: 'followers', kept: expect.objectContaining({ value: '9999999' }), other: expect.objectContaining({ value: '38200' }) }));
    const note = score(snapshot).flags.find((f) => f.id === 'reader-disagreement');
    expect(note?.message).toMatch(/9999999 .*38200/);
  });
});
