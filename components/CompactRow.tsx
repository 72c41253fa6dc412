import type { Scorecard } from '@/lib/core/model/scorecard';
import type { PanelEntry } from '@/lib/core/model/panel-entry';
import type { Confidence } from '@/lib/core/scoring/confidence';
import { BAND_WORDS } from '@/lib/core/scoring/decision';
import { formatMoney, formatRate } from '@/lib/core/format/number';
import { disclosureMarks, feeWords, valueFitWords } from '@/lib/core/format/summary-text';
import { BandGauge } from './BandGauge';

interface Props {
  score: Scorecard;
  confidence: Confidence;
  /** The creator's entry on the campaign shown: its quote sits beside the fee estimate. */
  entry: PanelEntry | null;
}


/** The key numbers on one screen: engagement against its band (stated here once), disclosure, value fit, fee. */
export function CompactRow({ score, confidence, entry }: Props) {
  const { benchmark, verdict } = score.engagement;
  const fee = feeWords(score.cost);
  return (
    <dl className="compact">
      <div className="wide">
        <dt>Engagement</dt>
        <dd>
          <span data-testid="engagement">{formatRate(score.engagementRate, score.engagement.approximate)}</span>
          {benchmark && verdict && score.engagementRate !== null ? (
            <>
              <BandGauge rate={score.engagementRate} band={benchmark} verdict={verdict} />
              <span className={`band ${verdict}`} data-testid="engagement-band">{BAND_WORDS[verdict]} the typical {formatRate(benchmark.low)}–{formatRate(benchmark.high)}</span>
            </>
          ) : score.engagementRate !== null ? <span className="muted"> · no typical band for this tier</span> : null}
          {' '}<span className={`badge conf-${confidence.level}`} data-testid="confidence">{confidence.label}</span>
        </dd>
      </div>
      <div className="wide">
        <dt>Disclosure</dt>
        <dd data-testid="disclosure-chips">
          {disclosureMarks(score.disclosure.markets).map((m) => (
            <span key={m.market} className={`chip ${m.ok === null ? '' : m.ok ? 'ok' : 'bad'}`}>{m.text}</span>
          ))}
        </dd>
      </div>
      <div>
        <dt>Value fit</dt>
        <dd data-testid="value-fit-summary">{valueFitWords(score.valueFit)}</dd>
      </div>
      <div>
        <dt>Fee</dt>
        <dd data-testid="fee">
          {fee ?? 'unknown for this tier'}
          {entry?.quotedRate ? <> · quote {formatMoney(entry.quotedRate)}</> : null}
        </dd>
      </div>
    </dl>
  );
}
