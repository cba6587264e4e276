/** The `czdoc` command line: parses arguments, runs a command, returns the exit code. */
import { cpus } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../batch/discover.js';
import { runBatch, type BatchOptions, type BatchSummary } from '../batch/run.js';
import { gazetteerInfo, importRegister, loadGazetteer, RegisterError } from '../gazetteer/index.js';
import { loadPipeline, PipelineError, resolveIn } from '../pipeline/definition.js';
import { recordJsonSchema } from '../schema/record.js';
import { PACKAGE_VERSION } from '../version.js';
import { HELP } from './help.js';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

class UsageError extends Error {}

type Out = (line: string) => void;

export async function main(argv: string[], out: Out): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        out(HELP);
        return command === undefined ? EXIT.usage : EXIT.ok;
      case '--version':
      case '-v':
        out(`${PACKAGE_VERSION}\n`);
        return EXIT.ok;
      case 'extract':
        return await extractCommand(rest, out);
      case 'run':
        return await runCommand(rest, out);
      case 'schema':
        out(`${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
        return EXIT.ok;
      case 'gazetteer':
        return gazetteerCommand(rest, out);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError || error instanceof PipelineError || error instanceof RegisterError) {
      process.stderr.write(`czdoc: ${error.message}\n${error instanceof UsageError ? 'Run `czdoc --help` for usage.\n' : ''}`);
      return EXIT.usage;
    }
    throw error;
  }
}

function parse<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, positionals = true) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: positionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

const BATCH_OPTIONS = {
  out: { type: 'string', short: 'o' },
  jsonl: { type: 'string' },
  concurrency: { type: 'string', short: 'j' },
  force: { type: 'boolean' },
  gazetteer: { type: 'string' },
  'max-mb': { type: 'string' },
  'no-progress': { type: 'boolean' },
} as const;

async function extractCommand(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parse(args, BATCH_OPTIONS);
  if (values.help) return help(out);
  if (positionals.length === 0) throw new UsageError('extract needs at least one file, folder or glob');
  if (!values.out && !values.jsonl) throw new UsageError('extract needs --out DIR and/or --jsonl FILE (use --jsonl - for stdout)');
  const summary = await runBatch(
    {
      inputs: positionals,
      outDir: values.out ?? null,
      jsonl: values.jsonl ?? null,
      concurrency: positiveInt(values.concurrency, '--concurrency') ?? cpus().length,
      force: values.force ?? false,
      gazetteerPath: values.gazetteer ?? null,
      maxBytes: megabytes(values['max-mb']),
      progress: !values['no-progress'],
      stdout: out,
    },
  );
  return finish(summary);
}

async function runCommand(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parse(args, { force: { type: 'boolean' }, concurrency: { type: 'string', short: 'j' }, 'no-progress': { type: 'boolean' } });
  if (values.help) return help(out);
  if (positionals.length !== 1) throw new UsageError('run needs exactly one pipeline name, e.g. `czdoc run default`');
  const { pipeline, projectDir } = loadPipeline(positionals[0]!);
  const options: BatchOptions = {
    inputs: pipeline.inputs,
    cwd: projectDir,
    outDir: resolveIn(projectDir, pipeline.out),
    jsonl: pipeline.jsonl === '-' || !pipeline.jsonl ? pipeline.jsonl : resolveIn(projectDir, pipeline.jsonl),
    concurrency: positiveInt(values.concurrency, '--concurrency') ?? pipeline.concurrency ?? cpus().length,
    force: values.force ?? pipeline.force,
    gazetteerPath: pipeline.gazetteer ? resolveIn(projectDir, pipeline.gazetteer) : null,
    maxBytes: pipeline.maxMb * 1024 * 1024,
    progress: !values['no-progress'],
    stdout: out,
  };
  return finish(await runBatch(options));
}

function gazetteerCommand(args: string[], out: Out): number {
  const { values, positionals } = parse(args, { gazetteer: { type: 'string' } });
  const [sub, file] = positionals;
  if (values.help) return help(out);
  if (sub === 'info') {
    const info = gazetteerInfo(loadGazetteer(values.gazetteer ?? null));
    out(Object.entries(info).map(([k, v]) => `${k.padEnd(15)} ${v}`).join('\n') + '\n');
    return EXIT.ok;
  }
  if (sub === 'import') {
    if (!file) throw new UsageError('gazetteer import needs a register: obce.csv or a folder with obce.csv, okresy.csv, kraje.csv');
    const { register, installedAt } = importRegister(file);
    process.stderr.write(`czdoc: installed register ${register.version} (${register.municipalities.length} municipalities) at ${installedAt}\n`);
    return EXIT.ok;
  }
  throw new UsageError('gazetteer needs a subcommand: info, or import FILE');
}

function finish(summary: BatchSummary): number {
  const line = `czdoc: ${summary.done} done, ${summary.failed} failed, ${summary.skipped} skipped in ${summary.seconds.toFixed(1)} s\n`;
  for (const f of summary.failures) process.stderr.write(`  failed ${f.path}: ${f.message} [${f.code}]\n`);
  process.stderr.write(line);
  return summary.failed > 0 ? EXIT.failed : EXIT.ok;
}

function help(out: Out): number {
  out(HELP);
  return EXIT.ok;
}

function positiveInt(value: string | undefined, name: string): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a whole number ≥ 1, not "${value}"`);
  return n;
}

function megabytes(value: string | undefined): number {
  if (value === undefined) return 100 * 1024 * 1024;
  const n = Number(value);
  if (!(n > 0)) throw new UsageError(`--max-mb must be a positive number, not "${value}"`);
  return n * 1024 * 1024;
}
