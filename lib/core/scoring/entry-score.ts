import { findingCount, type FlagId } from '../model/findings';
import type { ScoreSummary } from '../model/score-summary';
import { contentScore, isNothingChecked, overallScore, riskScore } from './summary';
import type { Answer } from './value-fit';
import { verdictTail } from './verdict';

/**
 * A creator's summary as one campaign sees it: the manual checklist items take that entry's
 * answers, and everything that depends on them follows, with the formulas score() uses: value
 * fit (a share of answered items passing), a "value-fit-fail" warning per failed item, and so
 * content, risk, overall and the verdict line. Engagement and automatic items do not depend on
 * answers. A summary without manual items (or imported from a CSV) is kept as it is.
 * tests/unit/db/campaign-answers.test.ts checks this equals scoring afresh.
 */
export function withAnswers(s: ScoreSummary, answers: Record<string, Answer>): ScoreSummary {
  if (s.manualItems.length === 0) return s;
  let yes = 0;
  let no = 0;
  for (const id of s.manualItems) {
    if (answers[id] === 'yes') yes++;
    else if (answers[id] === 'no') no++;
  }
  // Everything below depends only on these two counts: the campaign it was scored for comes back as stored.
  if (yes === s.manualPass && no === s.manualFail) return s;
  const answered = s.autoPass + s.autoFail + yes + no;
  const valueFit = answered ? (s.autoPass + yes) / answered : null;
  const content = contentScore(valueFit, s.disclosureScore);
  // Value-fit failures come last in a scorecard's flags, and share one id, so their order does not matter.
  const flags: FlagId[] = [...s.flags.filter((f) => f !== 'value-fit-fail'), ...Array<FlagId>(s.autoFail + no).fill('value-fit-fail')];
  const warns = s.warns + no;
  const nothingChecked = isNothingChecked(s.checked, findingCount(flags));
  const risk = riskScore(s.riskIds.length, warns, nothingChecked);
  const verdict = `${s.verdictHead}${verdictTail(s.riskIds, warns, nothingChecked)}`;
  return { ...s, flags, valueFit, manualPass: yes, manualFail: no, summary: { ...s.summary, content, risk, overall: overallScore(s.summary.metrics, content, risk, s.checked), verdict } };
}
