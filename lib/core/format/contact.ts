import type { ProfileSnapshot } from '../model/snapshot';
import { safeHref } from '../model/https-url';
import { platformFor } from '../platforms';
import { traitsOf } from '../platforms/traits';

export interface OtherAccount { platform: string; url: string }

export interface Contact {
  /** Business addresses: the platform's own contact field first, then those written in the bio. */
  emails: string[];
  /** The link(s) in bio the page showed, https only, other platforms' profiles left to `accounts`. */
  links: string[];
  /** The same person's profiles on the other platforms, as the page links them. */
  accounts: OtherAccount[];
}

// "name@domain.tld", also written "name [at] domain [dot] tld" to dodge scrapers.
const EMAIL = /[a-z0-9._%+-]+(?:@| ?[[(]at[\])] ?)[a-z0-9-]+(?:(?:\.| ?[[(]dot[\])] ?)[a-z0-9-]+)+/gi;
const URL_IN_TEXT = /https:\/\/[^\s<>"')]+/gi;

/** An address as written, made plain: "[at]" → "@", "[dot]" → ".", no spaces, lower case. */
function plainEmail(raw: string): string {
  return raw.replace(/ ?[[(]at[\])] ?/gi, '@').replace(/ ?[[(]dot[\])] ?/gi, '.').toLowerCase();
}

/**
 * Ways to reach the creator, only as the page shows them: emails in the bio, the link(s) in bio,
 * and links to the creator's profiles on the other platforms. Nothing is guessed from a handle.
 */
export function contactOf(snapshot: Pick<ProfileSnapshot, 'bio' | 'externalLinks' | 'profileUrl'> & Partial<Pick<ProfileSnapshot, 'contactEmail'>>): Contact {
  const bio = snapshot.bio ?? '';
  const fromBio = (bio.match(EMAIL) ?? []).map(plainEmail).filter((e) => /^[^@]+@[^@]+\.[a-z]{2,}$/.test(e));
  const emails = [...new Set([...(snapshot.contactEmail ? [snapshot.contactEmail] : []), ...fromBio])];
  const urls = [...new Set([...snapshot.externalLinks, ...(bio.match(URL_IN_TEXT) ?? []).map((u) => u.replace(/[.,;:!?]+$/, ''))])]
    .filter((u) => safeHref(u) !== undefined);
  const links: string[] = [];
  const accounts: OtherAccount[] = [];
  const own = snapshot.profileUrl.replace(/\/+$/, '').toLowerCase();
  for (const url of urls) {
    const platform = profilePlatform(url);
    if (!platform) links.push(url);
    else if (url.replace(/\/+$/, '').toLowerCase() !== own) accounts.push({ platform, url });
  }
  return { emails, links, accounts };
}

/** The platform's name when the address is a creator page on one Microscope reads. */
function profilePlatform(url: string): string | null {
  const platform = platformFor(url);
  return platform && platform.isCreatorPage(new URL(url)) ? traitsOf(platform.id).name : null;
}
