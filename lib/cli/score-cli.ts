import { parseArgs } from 'node:util';
import { ExtractError } from '../model/errors';
import { extract } from '../platforms';
import { score } from '../scoring/score';
import { captureFromFiles } from './capture-from-files';

const USAGE = 'usage: npm run score -- --url <page URL> [--now <ISO time>] <file> [<file>…]';

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { url: { type: 'string' }, now: { type: 'string' } },
    });
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 64;
  }
  const { url, now } = parsed.values;
  if (!url || parsed.positionals.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 64;
  }
  const capturedAt = now ?? new Date().toISOString();
  if (Number.isNaN(Date.parse(capturedAt))) {
    process.stderr.write(`--now is not an ISO time: ${capturedAt}\n`);
    return 64;
  }
  try {
    const snapshot = extract(captureFromFiles(url, parsed.positionals, new Date(capturedAt).toISOString()));
    process.stdout.write(`${JSON.stringify({ snapshot, score: score(snapshot) }, null, 2)}\n`);
    return 0;
  } catch (err) {
    const reason = err instanceof ExtractError ? err.message : `cannot read the capture: ${(err as Error).message}`;
    process.stderr.write(`${reason.replace(/\s+/g, ' ')}\n`);
    return 2;
  }
}

process.exitCode = main();
