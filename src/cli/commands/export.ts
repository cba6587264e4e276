/** `czdoc export <records dir> --sqlite FILE --csv DIR --xlsx FILE`: records for databases and spreadsheets. */
import { existsSync } from 'node:fs';
import { exportRecords, type ExportOptions, type ExportResult } from '../../export/index.js';
import { HELP } from '../help.js';
import { EXIT, parse, UsageError, type Out } from '../args.js';

const DELIMITERS = { ',': ',', ';': ';', tab: '\t' } as const;

export async function exportCommand(args: string[], out: Out): Promise<number> {
  const { values, positionals } = parse(args, {
    sqlite: { type: 'string' },
    csv: { type: 'string' },
    xlsx: { type: 'string' },
    lang: { type: 'string' },
    delimiter: { type: 'string' },
  });
  if (values.help) return out(HELP), EXIT.ok;
  if (positionals.length !== 1) throw new UsageError('export needs exactly one folder of records');
  const recordsDir = positionals[0]!;
  if (!existsSync(recordsDir)) throw new UsageError(`no such folder of records: ${recordsDir}`);
  if (!values.sqlite && !values.csv && !values.xlsx) throw new UsageError('export needs --sqlite FILE, --csv DIR and/or --xlsx FILE');
  const lang = values.lang ?? 'cs';
  if (lang !== 'cs' && lang !== 'en') throw new UsageError(`--lang must be cs or en, not "${lang}"`);
  const delimiter = DELIMITERS[(values.delimiter ?? ',') as keyof typeof DELIMITERS];
  if (!delimiter) throw new UsageError(`--delimiter must be "," ";" or tab, not "${values.delimiter}"`);
  return exportAndReport(recordsDir, { sqlite: values.sqlite, csv: values.csv, xlsx: values.xlsx, lang, delimiter });
}

/** Exports and says what was written on stderr; shared with pipelines. Exit 1 when a record file was unreadable. */
export async function exportAndReport(recordsDir: string, options: ExportOptions): Promise<number> {
  const result = await exportRecords(recordsDir, options);
  process.stderr.write(summary(result, options));
  return result.unreadable.length ? EXIT.failed : EXIT.ok;
}

function summary(result: ExportResult, options: ExportOptions): string {
  const lines = result.unreadable.map((u) => `  not exported ${u.path}: ${u.message.split('\n')[0]}\n`);
  const s = result.sqlite;
  if (s) lines.push(`czdoc: ${options.sqlite}: ${s.added} added, ${s.changed} changed, ${s.removed} removed, ${s.unchanged} unchanged\n`);
  if (options.csv) lines.push(`czdoc: ${result.csvFiles.length} CSV file(s) in ${options.csv}\n`);
  if (options.xlsx) lines.push(`czdoc: ${options.xlsx} written\n`);
  lines.push(`czdoc: exported ${result.documents - result.unreadable.length} of ${result.documents} record file(s)\n`);
  return lines.join('');
}
