/** What the queue holds: counts by state, and the failed documents with their reasons. */
import type { Queue } from 'bullmq';
import type { DocumentJob } from './jobs.js';

export interface QueueStatus {
  counts: { waiting: number; active: number; delayed: number; completed: number; failed: number };
  failures: Array<{ path: string; reason: string; attempts: number; jobId: string }>;
}

export async function queueStatus(queue: Queue<DocumentJob>, limit: number): Promise<QueueStatus> {
  const raw = await queue.getJobCounts('waiting', 'prioritized', 'paused', 'active', 'delayed', 'completed', 'failed');
  const counts = {
    waiting: (raw.waiting ?? 0) + (raw.prioritized ?? 0) + (raw.paused ?? 0),
    active: raw.active ?? 0,
    delayed: raw.delayed ?? 0,
    completed: raw.completed ?? 0,
    failed: raw.failed ?? 0,
  };
  const failed = limit > 0 ? await queue.getFailed(0, limit - 1) : [];
  const failures = failed.map((job) => ({
    path: job.data.relative,
    reason: job.failedReason,
    attempts: job.attemptsMade,
    jobId: job.id ?? '',
  }));
  return { counts, failures };
}

export function formatStatus(status: QueueStatus, where: string): string {
  const { counts } = status;
  const lines = [
    `queue ${where}`,
    `  waiting    ${counts.waiting}`,
    `  active     ${counts.active}`,
    `  delayed    ${counts.delayed}   (waiting to be retried)`,
    `  completed  ${counts.completed}`,
    `  failed     ${counts.failed}`,
  ];
  if (status.failures.length) {
    lines.push(counts.failed > status.failures.length ? `failures (latest ${status.failures.length}):` : 'failures:');
    for (const f of status.failures) lines.push(`  ${f.path}: ${f.reason} (${f.attempts} attempt${f.attempts === 1 ? '' : 's'})`);
  }
  return `${lines.join('\n')}\n`;
}
