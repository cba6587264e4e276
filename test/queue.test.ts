/**
 * Many machines: two `czdoc worker` processes on one BullMQ queue in a Redis of the test's own;
 * one is killed with SIGKILL holding a job, and every document still gets exactly one record.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecordSchema } from '../src/index.js';
import { BAD, CLI, ROOT, runCli, SEED_IDS, seedFiles } from './helpers.js';

const HAS_REDIS = spawnSync('redis-server', ['--version']).status === 0;
const temp = () => mkdtempSync(join(tmpdir(), 'czdoc-queue-'));
const QUEUE = 'czdoc-test';

if (!HAS_REDIS && process.env.CI) {
  it('has redis-server (CI installs it, see .ci/run)', () => {
    throw new Error('redis-server is not installed: the queue test cannot run. Install it (Debian: apt-get install redis-server).');
  });
}

describe.skipIf(!HAS_REDIS)('czdoc queue and czdoc worker', () => {
  const children: ChildProcess[] = [];
  let redisUrl = '';

  beforeAll(async () => {
    const port = await freePort();
    const dir = temp();
    const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
    children.push(redis);
    await waitForPort(port);
    redisUrl = `redis://127.0.0.1:${port}`;
  });

  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('gives every document exactly one valid record when a worker is killed mid-job', async () => {
    const input = temp();
    const names: string[] = [];
    for (const folder of ['a', 'b']) {
      mkdirSync(join(input, folder));
      for (const file of SEED_IDS.flatMap(seedFiles)) {
        cpSync(file, join(input, folder, file.slice(file.lastIndexOf('/') + 1)));
        names.push(`${folder}/${file.slice(file.lastIndexOf('/') + 1)}`);
      }
    }
    cpSync(join(BAD, 'encrypted.pdf'), join(input, 'a', 'encrypted.pdf'));
    const out = temp();
    const cli = (args: string[]) => runCli([...args, '--redis', redisUrl, '--queue', QUEUE]);

    expect((await cli(['queue', 'add', input])).code).toBe(0);
    expect((await cli(['queue', 'add', input])).code).toBe(0); // the same documents again: no new jobs
    // A document that vanishes from the shared folder: an I/O error, retried with backoff.
    const elsewhere = temp();
    cpSync(join(input, 'a', 'encrypted.pdf'), join(elsewhere, 'gone.pdf'));
    expect((await cli(['queue', 'add', join(elsewhere, 'gone.pdf'), '--attempts', '2', '--backoff-s', '0.1'])).code).toBe(0);
    rmSync(join(elsewhere, 'gone.pdf'));
    const queue = new Queue(QUEUE, { connection: { host: '127.0.0.1', port: Number(new URL(redisUrl).port) } });
    try {
      const jobs = names.length + 2; // the seeds twice, encrypted.pdf and gone.pdf
      expect(await queue.getWaitingCount()).toBe(jobs);

      // The first worker takes a job; freeze it there, so the job is surely in hand, then kill it.
      const first = startWorker('w1', out);
      const held = await jobHeldBy(queue, 'w1', first);
      first.kill('SIGKILL');
      startWorker('w2', out);

      const deadline = Date.now() + 60_000;
      while ((await queue.getCompletedCount()) + (await queue.getFailedCount()) < jobs) {
        if (Date.now() > deadline) throw new Error(`not finished: ${JSON.stringify(await queue.getJobCounts())}`);
        await sleep(100);
      }
      const recovered = await queue.getJob(held);
      expect(recovered?.processedBy).toBe('w2');
      expect(await recovered?.isCompleted()).toBe(true);
    } finally {
      await queue.close();
    }

    const written = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
    expect(written.sort()).toEqual([...names, 'a/encrypted.pdf'].map((n) => `${n}.json`).sort());
    for (const file of written) {
      const record = RecordSchema.parse(JSON.parse(readFileSync(join(out, file), 'utf8')));
      expect(record.source.path).toBe(file.replace(/\.json$/, ''));
      expect(record.status).toBe(file.includes('encrypted') ? 'error' : 'ok');
    }

    const status = await cli(['queue', 'status', '--json']);
    expect(status.code).toBe(0);
    const { counts, failures } = JSON.parse(status.stdout);
    expect(counts).toMatchObject({ waiting: 0, active: 0, delayed: 0, completed: names.length, failed: 2 });
    // A bad document is not retried: one attempt, its reason shown. An I/O error is.
    expect(failures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'a/encrypted.pdf', attempts: 1, reason: expect.stringMatching(/^encrypted: .*password/) }),
        expect.objectContaining({ path: 'gone.pdf', attempts: 2, reason: expect.stringMatching(/ENOENT/) }),
      ]),
    );
  });

  function startWorker(name: string, out: string): ChildProcess {
    const args = [CLI, 'worker', '--out', out, '--redis', redisUrl, '--queue', QUEUE, '--workers', '1', '--concurrency', '1', '--lock-s', '2', '--name', name];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    children.push(child);
    return child;
  }
});

/** Waits until the worker holds a job, stops the worker (SIGSTOP) and returns that job's id. */
async function jobHeldBy(queue: Queue, name: string, worker: ChildProcess): Promise<string> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if ((await queue.getActive()).some((job) => job.processedBy === name)) {
      worker.kill('SIGSTOP');
      const held = (await queue.getActive()).find((job) => job.processedBy === name);
      if (held?.id) return held.id;
      worker.kill('SIGCONT'); // it finished that job in the meantime: try again
    }
    await sleep(10);
  }
  throw new Error(`worker ${name} took no job`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await sleep(50);
  }
  throw new Error(`redis-server did not listen on port ${port}`);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
