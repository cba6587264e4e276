/** The `czdoc` command line: finds the command, runs it, turns known errors into exit code 2. */
import { InputError } from '../batch/discover.js';
import { RegisterError } from '../gazetteer/index.js';
import { PipelineError } from '../pipeline/definition.js';
import { recordJsonSchema } from '../schema/record.js';
import { PACKAGE_VERSION } from '../version.js';
import { EXIT, UsageError, type Out } from './args.js';
import { checkCommand } from './commands/check.js';
import { extractCommand, runCommand } from './commands/extract.js';
import { gazetteerCommand } from './commands/gazetteer.js';
import { queueCommand } from './commands/queue.js';
import { reviewCommand } from './commands/review.js';
import { workerCommand } from './commands/worker.js';
import { HELP } from './help.js';

type Command = (args: string[], out: Out) => Promise<number>;

/** One entry per command; each lives in ./commands/<name>.ts. */
const COMMANDS: Record<string, Command> = {
  extract: extractCommand,
  run: runCommand,
  gazetteer: gazetteerCommand,
  check: checkCommand,
  review: reviewCommand,
  queue: queueCommand,
  worker: workerCommand,
  schema: async (_args, out) => (out(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`), EXIT.ok),
};

export async function main(argv: string[], out: Out): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    out(HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === '--version' || command === '-v') return out(`${PACKAGE_VERSION}\n`), EXIT.ok;
  try {
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`unknown command "${command}"`);
    return await run(rest, out);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError || error instanceof PipelineError || error instanceof RegisterError) {
      process.stderr.write(`czdoc: ${error.message}\n${error instanceof UsageError ? 'Run `czdoc --help` for usage.\n' : ''}`);
      return EXIT.usage;
    }
    throw error;
  }
}
