import { ExtractError } from '../../model/errors';
import type { PageRead } from './page-read';

/**
 * The refusal for a page that gives no creator to score, naming the cause a scout can act on.
 * "The layout may have changed" is only what is left when no known cause fits.
 */
export function refusalFor(site: string, read: PageRead): ExtractError {
  const { hints } = read;
  const hasData = read.posts.length > 0 || read.comments.length > 0;
  const other = hints.documentShows ?? (hints.showsOther ? `@${hints.showsOther}` : null);
  const who = read.handle ? `@${read.handle}` : 'this creator';
  if (other && read.handle) {
    return new ExtractError('still-loading', ['handle'], `The page is still loading this profile: it still shows ${other}, not ${who}. Wait a moment and score again.`);
  }
  if (hints.unavailable) {
    return new ExtractError('unavailable', ['handle'], `This ${site} account is unavailable (banned or deleted), so there is nothing to score.`);
  }
  if (hints.ageGated) {
    return new ExtractError('age-gated', ['handle'], `This ${site} video is age-restricted, so the page hides it and its creator. Sign in to ${site} (or open the creator's channel) and score again.`);
  }
  if (hints.notAProfile) {
    return new ExtractError('not-a-profile', ['handle'], `This ${site} page is not a creator's page. Open a creator's profile, post or video and try again.`);
  }
  if (hints.loggedOut) {
    return new ExtractError('logged-out', ['handle'], `${site} is showing a login wall instead of the creator. Log in and score again.`);
  }
  if (hasData) {
    return new ExtractError('no-creator', ['handle'], `This ${site} page shows ${read.comments.length ? 'comments' : 'posts'} but does not say whose they are. Open the creator's profile or the post itself and score again.`);
  }
  if (read.handle) {
    return new ExtractError('layout-changed', ['followers', 'posts'], `Couldn't read anything about ${who} on this ${site} page (followers, posts) — it may still be loading, or the page layout may have changed. Reload and try again.`);
  }
  return new ExtractError('layout-changed', ['handle'], `Couldn't find the creator on this ${site} page — it may still be loading, or the page layout may have changed. Reload and try again.`);
}

/** Why the follower count is unknown, in words a scout can act on. */
export function followersUnknownWhy(site: string, read: PageRead): string {
  const who = read.handle ? `@${read.handle}` : 'this creator';
  if (read.hints.pageKind === 'post') return `This is a post by ${who}: open the profile to score followers.`;
  if (read.hints.pageKind === 'story') return `This is a story by ${who}: open the profile to score followers.`;
  if (read.hints.loggedOut) return `${site} hides ${who}'s follower count behind a login wall: log in and score again.`;
  return `${site} does not show ${who}'s follower count on this page: open the profile to score followers.`;
}
