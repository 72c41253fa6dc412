import type { ScoreSummary } from '../model/score-summary';
import { contentScore, overallScore } from './summary';
import type { Answer } from './value-fit';

/**
 * A creator's summary as one campaign sees it: the manual checklist items take that
 * entry's answers, and value fit, content and overall follow with the formulas score()
 * uses (a share of answered items passing). Automatic items, engagement and risk do not
 * depend on answers. A summary without manual items (or imported from a CSV) is kept.
 */
export function withAnswers(s: ScoreSummary, answers: Record<string, Answer>): ScoreSummary {
  if (s.manualItems.length === 0) return s;
  const yes = s.manualItems.filter((id) => answers[id] === 'yes').length;
  const no = s.manualItems.filter((id) => answers[id] === 'no').length;
  const answered = s.autoPass + s.autoFail + yes + no;
  const valueFit = answered ? (s.autoPass + yes) / answered : null;
  const content = contentScore(valueFit, s.disclosureScore);
  return { ...s, valueFit, summary: { ...s.summary, content, overall: overallScore(s.summary.metrics, content, s.summary.risk) } };
}
