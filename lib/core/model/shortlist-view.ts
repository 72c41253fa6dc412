import { withAnswers } from '../scoring/entry-score';
import type { CreatorRow, EntryRow, ShortlistRow } from './rows';
import type { ScoreSummary } from './score-summary';

/** One entry as the dashboard and the CSV show it: the entry, its campaign and creator, and the score it earns there. */
export interface ShortlistView {
  entry: EntryRow;
  shortlist: ShortlistRow;
  creator: CreatorRow;
  /** The creator's score as this entry's campaign sees it (its own manual answers applied). */
  score: ScoreSummary;
}

/** The row the dashboard and the CSV show for an entry. */
export function viewOf(entry: EntryRow, shortlist: ShortlistRow, creator: CreatorRow): ShortlistView {
  return { entry, shortlist, creator, score: withAnswers(entry.score ?? creator.lastScore, entry.answers) };
}
