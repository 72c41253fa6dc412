import { isFinding, type FlagId } from '../core/model/findings';
import { FLAG_WORDS } from '../core/format/flag-words';

export { FLAG_WORDS };

export interface RowFlag {
  id: FlagId;
  word: string;
  /** The row keeps only which flags were raised as risks; the rest are "worth a look". */
  severity: 'risk' | 'warn';
}

/** A row's findings (notes on rounded numbers left out), once each, risks first. */
export function rowFlags(flags: readonly FlagId[], riskIds: readonly FlagId[]): RowFlag[] {
  const risky = new Set(riskIds);
  const found = [...new Set(flags)].filter(isFinding).map((id): RowFlag => ({ id, word: FLAG_WORDS[id], severity: risky.has(id) ? 'risk' : 'warn' }));
  return [...found.filter((f) => f.severity === 'risk'), ...found.filter((f) => f.severity === 'warn')];
}
