/** `czdoc extract` and `czdoc run`: the batch over files, folders, globs or a named pipeline. */
import { runBatch, type BatchOptions, type BatchSummary } from '../../batch/run.js';
import { loadPipeline, resolveIn } from '../../pipeline/definition.js';
import { HELP } from '../help.js';
import { parallelism, PROCESSING_OPTIONS } from '../processing.js';
import { exportAndReport } from './export.js';
import { reviewRecords } from './review.js';
import { EXIT, megabytes, parse, UsageError, type Out } from '../args.js';

const BATCH_OPTIONS = {
  ...PROCESSING_OPTIONS,
  out: { type: 'string', short: 'o' },
  jsonl: { type: 'string' },
  force: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  review: { type: 'boolean' },
} as const;

export async function extractCommand(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parse(args, BATCH_OPTIONS);
  if (values.help) return out(HELP), EXIT.ok;
  if (positionals.length === 0) throw new UsageError('extract needs at least one file, folder or glob');
  if (!values.out && !values.jsonl) throw new UsageError('extract needs --out DIR and/or --jsonl FILE (use --jsonl - for stdout)');
  const options: BatchOptions = {
    inputs: positionals,
    outDir: values.out ?? null,
    jsonl: values.jsonl ?? null,
    ...parallelism(values),
    force: values.force ?? false,
    gazetteerPath: values.gazetteer ?? null,
    maxBytes: megabytes(values['max-mb']),
    progress: !values['no-progress'],
    stdout: out,
  };
  if (values.review && !options.outDir) throw new UsageError('--review needs --out DIR (the review is made from the record files)');
  const code = finish(await runBatch(options));
  if (values.review) await reviewRecords(options.outDir!);
  return code;
}

export async function runCommand(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parse(args, {
    force: { type: 'boolean' },
    concurrency: { type: 'string', short: 'j' },
    workers: { type: 'string', short: 'w' },
    'timeout-s': { type: 'string' },
    'no-progress': { type: 'boolean' },
  });
  if (values.help) return out(HELP), EXIT.ok;
  if (positionals.length !== 1) throw new UsageError('run needs exactly one pipeline name, e.g. `czdoc run default`');
  const { pipeline, projectDir } = loadPipeline(positionals[0]!);
  const options: BatchOptions = {
    inputs: pipeline.inputs,
    cwd: projectDir,
    outDir: resolveIn(projectDir, pipeline.out),
    jsonl: pipeline.jsonl === '-' || !pipeline.jsonl ? pipeline.jsonl : resolveIn(projectDir, pipeline.jsonl),
    ...parallelism(values, pipeline),
    force: values.force ?? pipeline.force,
    gazetteerPath: pipeline.gazetteer ? resolveIn(projectDir, pipeline.gazetteer) : null,
    maxBytes: pipeline.maxMb * 1024 * 1024,
    progress: !values['no-progress'],
    stdout: out,
  };
  const code = finish(await runBatch(options));
  if (pipeline.review) await reviewRecords(options.outDir!);
  const exports = pipeline.exports;
  if (!exports) return code;
  const target = (path?: string) => (path ? resolveIn(projectDir, path) : null);
  const exported = await exportAndReport(options.outDir!, { ...exports, sqlite: target(exports.sqlite), csv: target(exports.csv), xlsx: target(exports.xlsx) });
  return Math.max(code, exported);
}

/** Threads (default: the cores), documents in flight (default: two per thread) and the time limit. */
function finish(summary: BatchSummary): number {
  for (const f of summary.failures) process.stderr.write(`  failed ${f.path}: ${f.message} [${f.code}]\n`);
  process.stderr.write(`czdoc: ${summary.done} done, ${summary.failed} failed, ${summary.skipped} skipped in ${summary.seconds.toFixed(1)} s\n`);
  return summary.failed > 0 ? EXIT.failed : EXIT.ok;
}
