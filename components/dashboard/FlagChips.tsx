import type { RowFlag } from '@/lib/dashboard/flag-words';

/**
 * A row's flags in plain words, risks first and marked "risk" in words and by an icon (never by
 * colour alone); past `max`, the rest are counted.
 */
export function FlagChips({ flags, max = 3 }: { flags: RowFlag[]; max?: number }) {
  if (flags.length === 0) return <span className="muted">—</span>;
  const shown = flags.slice(0, max);
  const more = flags.length - shown.length;
  return (
    <ul className="dash-flags" title={flags.map((f) => `${f.severity === 'risk' ? 'Risk' : 'Worth a look'}: ${f.word}`).join('\n')}>
      {shown.map((f) => (
        <li key={f.id} className={`dash-flag ${f.severity}`} data-flag={f.id} data-severity={f.severity}>
          <span aria-hidden="true">{f.severity === 'risk' ? '▲ ' : '• '}</span>
          {f.severity === 'risk' ? <span className="visually-hidden">Risk: </span> : null}
          {f.word}
        </li>
      ))}
      {more > 0 ? <li className="dash-flag more">+{more} more</li> : null}
    </ul>
  );
}
