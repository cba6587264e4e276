/** The `czdoc` command line: finds the command, runs it, turns known errors into exit code 2. */
import { InputError } from '../batch/discover.js';
import { ExportError } from '../export/error.js';
import { RegisterError } from '../gazetteer/index.js';
import { PipelineError } from '../pipeline/definition.js';
import { recordJsonSchema } from '../schema/record.js';
import { PACKAGE_VERSION } from '../version.js';
import { EXIT, UsageError, type Out } from './args.js';
import { HELP } from './help.js';

type Command = (args: string[], out: Out) => Promise<number>;

/**
 * One entry per command; each lives in ./commands/<name>.ts and is loaded only when it runs, so
 * a batch does not carry the whole pipeline into its scheduling thread (the worker threads do).
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./commands/extract.js')).extractCommand,
  run: async () => (await import('./commands/extract.js')).runCommand,
  gazetteer: async () => (await import('./commands/gazetteer.js')).gazetteerCommand,
  check: async () => (await import('./commands/check.js')).checkCommand,
  review: async () => (await import('./commands/review.js')).reviewCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
  queue: async () => (await import('./commands/queue.js')).queueCommand,
  worker: async () => (await import('./commands/worker.js')).workerCommand,
  schema: async () => async (_args, out) => (out(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`), EXIT.ok),
};

export async function main(argv: string[], out: Out): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    out(HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === '--version' || command === '-v') return out(`${PACKAGE_VERSION}\n`), EXIT.ok;
  try {
    const load = COMMANDS[command];
    if (!load) throw new UsageError(`unknown command "${command}"`);
    return await (await load())(rest, out);
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError || error instanceof PipelineError || error instanceof RegisterError || error instanceof ExportError) {
      process.stderr.write(`czdoc: ${error.message}\n${error instanceof UsageError ? 'Run `czdoc --help` for usage.\n' : ''}`);
      return EXIT.usage;
    }
    throw error;
  }
}
