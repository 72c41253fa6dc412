import { ExtractError } from '../../model/errors';

interface Hints {
  notAProfile: boolean;
  loggedOut: boolean;
}

/** Names what is missing and the likeliest cause, so the scout knows what to do next. */
export function missingEssentialsError(site: string, found: Record<string, unknown>, hints: Hints): ExtractError {
  const missing = Object.entries(found).filter(([, v]) => v === null || v === undefined).map(([k]) => k);
  const what = missing.join(' and ');
  if (hints.notAProfile) {
    return new ExtractError('not-a-profile', missing, `This ${site} page is not a creator's profile, so there is no ${what} to read. Open a profile and try again.`);
  }
  if (hints.loggedOut) {
    return new ExtractError('logged-out', missing, `Couldn't read the ${what}: ${site} is showing a login wall. Log in and reload the profile.`);
  }
  return new ExtractError('layout-changed', missing, `Couldn't read the ${what} on this ${site} page — the page layout may have changed, or it has not finished loading. Reload and try again.`);
}
