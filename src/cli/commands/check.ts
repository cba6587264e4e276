/** `czdoc check [fixtures…]`: extraction against reviewed expected records, for people and CI. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../../batch/atomic.js';
import { FixtureError } from '../../check/expected.js';
import { jsonReport, junitReport, textReport } from '../../check/report.js';
import { loadCheckConfig, runCheck } from '../../check/run.js';
import { updateExpected } from '../../check/update.js';
import { HELP } from '../help.js';
import { EXIT, parse, UsageError, type Out } from '../args.js';

export async function checkCommand(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parse(args, {
    shared: { type: 'string' },
    config: { type: 'string' },
    update: { type: 'boolean' },
    json: { type: 'boolean' },
    'show-blind': { type: 'boolean' },
    junit: { type: 'string' },
    gazetteer: { type: 'string' },
  });
  if (values.help) return out(HELP), EXIT.ok;
  const paths = positionals.length ? positionals : ['fixtures'];
  const sharedDir = resolve(values.shared ?? process.env.CZDOC_SHARED ?? join('..', 'shared'));
  const configPath = values.config ?? (existsSync(join('fixtures', 'check.json')) ? join('fixtures', 'check.json') : null);
  if (values.config && !existsSync(values.config)) throw new UsageError(`no such check configuration: ${values.config}`);
  try {
    const result = await runCheck({ paths, sharedDir, config: loadCheckConfig(configPath), gazetteerPath: values.gazetteer ?? null });
    if (values.update) {
      const written = await updateExpected(result);
      process.stderr.write(`czdoc check: updated ${written.length} expected record(s) from the current extraction\n`);
      return EXIT.ok;
    }
    if (values.junit) await writeFileAtomic(values.junit, junitReport(result));
    const showBlind = values['show-blind'] === true;
    if (values.json) out(jsonReport(result, showBlind));
    else process.stderr.write(textReport(result, process.cwd(), showBlind));
    if (!existsSync(sharedDir) && result.skipped.length) {
      process.stderr.write(`czdoc check: ${sharedDir} is absent; ${result.skipped.length} corpus fixture(s) were skipped, not failed\n`);
    }
    return result.passed ? EXIT.ok : EXIT.failed;
  } catch (error) {
    if (error instanceof FixtureError) throw new UsageError(error.message);
    throw error;
  }
}
