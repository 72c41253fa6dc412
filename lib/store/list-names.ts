import type { MicroscopeDb, ShortlistRow } from './schema';

/**
 * The shortlist a scout means by a name: names are compared trimmed and ignoring case, so
 * "Spring launch" typed in the panel finds "spring launch" made in the dashboard instead of
 * starting a second list that the CSV and the panel could not tell apart.
 */
export function listNamed(db: MicroscopeDb, name: string): Promise<ShortlistRow | undefined> {
  return db.shortlists.where('name').equalsIgnoreCase(name.trim()).first();
}
