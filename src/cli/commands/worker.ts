/** `czdoc worker --out DIR`: takes documents from the shared queue until stopped (SIGINT/SIGTERM). */
import { availableParallelism } from 'node:os';
import { DEFAULT_TIMEOUT_SECONDS } from '../../batch/pool.js';
import { HELP } from '../help.js';
import { EXIT, megabytes, parse, positiveInt, positiveNumber, UsageError, type Out } from '../args.js';

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  redis: { type: 'string' },
  queue: { type: 'string' },
  workers: { type: 'string', short: 'w' },
  concurrency: { type: 'string', short: 'j' },
  'timeout-s': { type: 'string' },
  'max-mb': { type: 'string' },
  gazetteer: { type: 'string' },
  'lock-s': { type: 'string' },
  name: { type: 'string' },
} as const;

export async function workerCommand(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parse(args, OPTIONS);
  if (values.help) return out(HELP), EXIT.ok;
  if (positionals.length > 0) throw new UsageError('worker takes no inputs: add them with `czdoc queue add`');
  if (!values.out) throw new UsageError('worker needs --out DIR (the shared folder for the records)');
  const { connectionFor, DEFAULT_QUEUE, displayUrl, QueueConfigError, redisUrl } = await import('../../queue/connection.js');
  const { defaultWorkerName, startQueueWorker } = await import('../../queue/worker.js');
  const url = redisUrl(values.redis);
  try {
    connectionFor(url, true);
  } catch (error) {
    if (error instanceof QueueConfigError) throw new UsageError(error.message);
    throw error;
  }
  const threads = positiveInt(values.workers, '--workers') ?? availableParallelism();
  const log = (line: string) => process.stderr.write(`czdoc worker: ${line}\n`);
  const stop = await startQueueWorker({
    redisUrl: url,
    queue: values.queue ?? DEFAULT_QUEUE,
    outDir: values.out,
    threads,
    concurrency: positiveInt(values.concurrency, '--concurrency') ?? 2 * threads,
    timeoutMs: (positiveNumber(values['timeout-s'], '--timeout-s') ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
    maxBytes: megabytes(values['max-mb']),
    gazetteerPath: values.gazetteer ?? null,
    lockMs: (positiveNumber(values['lock-s'], '--lock-s') ?? 30) * 1000,
    name: values.name ?? defaultWorkerName(),
    log,
  });
  log(`taking jobs from "${values.queue ?? DEFAULT_QUEUE}" at ${displayUrl(url)} with ${threads} thread(s); records go to ${values.out}`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  log(`${signal}: finishing the jobs in hand, then stopping`);
  await stop();
  return EXIT.ok;
}
