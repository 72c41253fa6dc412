import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { contactOf } from '@/lib/core/format/contact';
import { extract } from '@/lib/core/platforms';

const S = join(__dirname, '../fixtures/samples');
const URL = 'https://www.instagram.com/wren.wears.again/';
const html = readFileSync(join(S, 'ig-current.html'), 'utf8');
const profile = JSON.parse(readFileSync(join(S, 'ig-current.web_profile_info.json'), 'utf8')) as { data: { user: Record<string, unknown> } };

/** The sample profile with its contact fields as given. */
function withContact(fields: Record<string, unknown>) {
  const body = { data: { user: { ...profile.data.user, ...fields } } };
  return extract({ url: URL, doc: new JSDOM(html, { url: URL }).window.document, payloads: [{ url: 'https://www.instagram.com/api/v1/users/web_profile_info/?username=wren.wears.again', body }], capturedAt: '2026-11-20T12:00:00.000Z' });
}

describe('instagram: the contact button\'s email', () => {
  it('reads public_email (else business_email), lower case, with its source, and puts it first in the contact line', () => {
    const s = withContact({ public_email: ' Team@Wren.Studio ', business_email: 'old@wren.example' });
    expect(s.contactEmail).toBe('team@wren.studio');
    expect(s.sources.contactEmail).toMatch(/public_email|web_profile_info|json/);
    expect(contactOf(s).emails).toEqual(['team@wren.studio', 'wren.studio@mailbox.example']);
    expect(withContact({ public_email: '', business_email: 'old@wren.example' }).contactEmail).toBe('old@wren.example');
  });

  it('shows none for a blank, a phone number or a script, never a made-up address', () => {
    for (const bad of ['', '+44 20 7946 0000', '<script>@x', 'a@b', 42, null]) expect(withContact({ public_email: bad, business_email: bad }).contactEmail).toBeNull();
  });
});
