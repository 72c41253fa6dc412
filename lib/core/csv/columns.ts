/** The campaign CSV header, in order; README documents each column. */
export const CSV_COLUMNS = [
  'platform', 'handle', 'profile_url', 'display_name', 'followers', 'tier', 'engagement_rate',
  'engagement_verdict', 'overall', 'metrics', 'content', 'risk', 'flags', 'disclosure', 'value_fit',
  'est_cost', 'currency', 'status', 'tags', 'notes', 'campaign', 'last_scored_at',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** A cell is a number, text, or null for unknown (written empty, never 0). */
export type CsvRow = Record<CsvColumn, string | number | null>;

/** Header names of files from earlier builds, read as today's: before 0.2 the campaign column was "shortlist". */
export const RENAMED_COLUMNS: Readonly<Record<string, CsvColumn>> = { shortlist: 'campaign' };
