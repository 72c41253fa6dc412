/** The campaign CSV header, in order; README documents each column. */
export const CSV_COLUMNS = [
  'platform', 'handle', 'profile_url', 'display_name', 'followers', 'tier', 'engagement_rate',
  'engagement_verdict', 'overall', 'metrics', 'content', 'risk', 'flags', 'disclosure', 'value_fit',
  'est_cost', 'currency', 'status', 'tags', 'notes', 'campaign', 'last_scored_at',
  // Added in 0.2, after every earlier column so their order is unchanged; files without them still import.
  'top_language', 'language_share', 'replied_threads', 'creator_location',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** A cell is a number, text, or null for unknown (written empty, never 0). */
export type CsvRow = Record<CsvColumn, string | number | null>;

/** Columns a file may lack (it was exported before they existed): their cells read as unknown. */
export const OPTIONAL_COLUMNS: ReadonlySet<string> = new Set(['top_language', 'language_share', 'replied_threads', 'creator_location']);

/** Header names of files from earlier builds, read as today's: before 0.2 the campaign column was "shortlist". */
export const RENAMED_COLUMNS: Readonly<Record<string, CsvColumn>> = { shortlist: 'campaign' };
