import { parseArgs } from 'node:util';
import { ExtractError } from '../model/errors';
import { extract } from '../platforms';
import { score } from '../scoring/score';
import { captureFromFiles } from './capture-from-files';
import { scoreOptionsFrom } from './score-options';

const USAGE = 'usage: npm run score -- --url <page URL> [--now <ISO time>] [--brand <brand.json>] [--history <snapshots.json>] <file> [<file>…]';

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { url: { type: 'string' }, now: { type: 'string' }, brand: { type: 'string' }, history: { type: 'string' } },
    });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 64;
  }
  const { url, ...rest } = parsed.values;
  if (!url || parsed.positionals.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 64;
  }
  let options;
  try {
    options = scoreOptionsFrom(rest);
  } catch (err) {
    process.stderr.write(`${(err as Error).message.replace(/\s+/g, ' ')}\n`);
    return 64;
  }
  try {
    const snapshot = extract(captureFromFiles(url, parsed.positionals, options.now.toISOString()));
    process.stdout.write(`${JSON.stringify({ snapshot, score: score(snapshot, options) }, null, 2)}\n`);
    return 0;
  } catch (err) {
    const reason = err instanceof ExtractError ? err.message : `cannot read the capture: ${(err as Error).message}`;
    process.stderr.write(`${reason.replace(/\s+/g, ' ')}\n`);
    return 2;
  }
}

process.exitCode = main();
