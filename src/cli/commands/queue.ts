/** `czdoc queue add|status`: documents onto the shared queue, and what it holds. */
import { HELP } from '../help.js';
import { EXIT, parse, positiveInt, positiveNumber, UsageError, type Out } from '../args.js';

const OPTIONS = {
  redis: { type: 'string' },
  queue: { type: 'string' },
  attempts: { type: 'string' },
  'backoff-s': { type: 'string' },
  json: { type: 'boolean' },
  limit: { type: 'string' },
} as const;

export async function queueCommand(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parse(args, OPTIONS);
  if (values.help) return out(HELP), EXIT.ok;
  const [sub, ...inputs] = positionals;
  if (sub !== 'add' && sub !== 'status') throw new UsageError('queue needs a subcommand: add <inputs...>, or status');
  if (sub === 'add' && inputs.length === 0) throw new UsageError('queue add needs at least one file, folder or glob');
  if (sub === 'status' && inputs.length > 0) throw new UsageError('queue status takes no inputs');
  const opened = await connect(values.redis, values.queue);
  if (!opened) return EXIT.failed;
  const { queue, where } = opened;
  try {
    if (sub === 'add') {
      const { addDocuments } = await import('../../queue/jobs.js');
      const attempts = positiveInt(values.attempts, '--attempts') ?? 5;
      const backoffMs = (positiveNumber(values['backoff-s'], '--backoff-s') ?? 10) * 1000;
      const submitted = await addDocuments(queue, { inputs, attempts, backoffMs });
      process.stderr.write(`czdoc: submitted ${submitted} document(s) to ${where} (one already there under the same sha256 and path is not added twice)\n`);
      return EXIT.ok;
    }
    const { formatStatus, queueStatus } = await import('../../queue/status.js');
    const status = await queueStatus(queue, positiveInt(values.limit, '--limit') ?? 20);
    out(values.json ? `${JSON.stringify(status, null, 2)}\n` : formatStatus(status, where));
    return EXIT.ok;
  } finally {
    await queue.close();
  }
}

/** The queue, or a usage error for a malformed URL and a plain failure when Redis is away. */
async function connect(redis: string | undefined, name: string | undefined) {
  const { openQueue, QueueUnavailableError } = await import('../../queue/open.js');
  const { QueueConfigError } = await import('../../queue/connection.js');
  try {
    return await openQueue(redis, name);
  } catch (error) {
    if (error instanceof QueueConfigError) throw new UsageError(error.message);
    if (!(error instanceof QueueUnavailableError)) throw error;
    process.stderr.write(`czdoc: ${error.message}\n`);
    return null;
  }
}
