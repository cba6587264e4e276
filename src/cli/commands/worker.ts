/** `czdoc worker --out DIR`: takes documents from the shared queue until stopped (SIGINT/SIGTERM). */
import { HELP } from '../help.js';
import { parallelism, PROCESSING_OPTIONS } from '../processing.js';
import { EXIT, megabytes, parse, positiveNumber, UsageError, type Out } from '../args.js';

const OPTIONS = {
  ...PROCESSING_OPTIONS,
  out: { type: 'string', short: 'o' },
  redis: { type: 'string' },
  queue: { type: 'string' },
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
  const { workers: threads, concurrency, timeoutMs } = parallelism(values);
  const log = (line: string) => process.stderr.write(`czdoc worker: ${line}\n`);
  const stop = await startQueueWorker({
    redisUrl: url,
    queue: values.queue ?? DEFAULT_QUEUE,
    outDir: values.out,
    threads,
    concurrency,
    timeoutMs,
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
