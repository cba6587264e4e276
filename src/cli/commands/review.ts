/** `czdoc review <records dir>`: the static HTML review of a folder of records. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { writeReview } from '../../review/index.js';
import { HELP } from '../help.js';
import { EXIT, parse, UsageError, type Out } from '../args.js';

export async function reviewCommand(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string', short: 'o' }, open: { type: 'boolean' } });
  if (values.help) return out(HELP), EXIT.ok;
  if (positionals.length !== 1) throw new UsageError('review needs exactly one folder of records');
  const recordsDir = positionals[0]!;
  if (!existsSync(recordsDir)) throw new UsageError(`no such folder of records: ${recordsDir}`);
  const indexPath = await reviewRecords(recordsDir, values.out);
  if (values.open) openInBrowser(indexPath);
  return EXIT.ok;
}

/** Writes the review and says where it is; shared with `extract --review` and pipelines. */
export async function reviewRecords(recordsDir: string, outDir?: string): Promise<string> {
  const result = await writeReview(recordsDir, outDir ? { outDir } : {});
  process.stderr.write(`czdoc: review of ${result.documents} document(s) (${result.pagesWritten} page(s) written): ${result.indexPath}\n`);
  return result.indexPath;
}

function openInBrowser(path: string): void {
  const opener = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  spawn(opener, [pathToFileURL(path).href], { detached: true, stdio: 'ignore' })
    .on('error', () => process.stderr.write(`czdoc: could not start ${opener}; open ${path} yourself\n`))
    .unref();
}
