/**
 * Imported first by the CLI: keeps stdout for records only. Dependencies that print on import or
 * while parsing (pdf.js warnings, library notices) are sent to stderr; records are written
 * through `writeRecordLine`, which holds the real stdout.
 */
const realWrite = process.stdout.write.bind(process.stdout);

export function writeRecordLine(line: string): void {
  realWrite(line);
}

process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) =>
  (process.stderr.write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest)) as typeof process.stdout.write;
for (const method of ['log', 'info', 'debug', 'warn'] as const) {
  console[method] = (...args: unknown[]) => console.error(...args);
}
