import { formatRate } from '@/lib/core/format/number';

interface Props {
  rate: number;
  band: { low: number; high: number };
  verdict: 'low' | 'typical' | 'high' | 'suspiciously-high';
}

/** The rate as a marker on a scale with the typical band shaded; the words beside it say the same. */
export function BandGauge({ rate, band, verdict }: Props) {
  const top = Math.max(rate, band.high * 1.6) * 1.05;
  const at = (v: number) => `${Math.min(100, (v / top) * 100).toFixed(1)}%`;
  return (
    <span className={`gauge ${verdict}`} role="img" aria-label={`${formatRate(rate)} on a scale where the typical band is ${formatRate(band.low)}–${formatRate(band.high)}`}>
      <span className="gauge-band" style={{ left: at(band.low), width: `calc(${at(band.high)} - ${at(band.low)})` }} />
      <span className="gauge-mark" style={{ left: at(rate) }} />
    </span>
  );
}
