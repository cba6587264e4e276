/** Argument parsing shared by the commands, and the usage error that makes exit code 2. */
import { parseArgs } from 'node:util';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Writes to the real stdout (records, schema, help); everything else goes to stderr. */
export type Out = (line: string) => void;

export class UsageError extends Error {}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;
type Values<T extends OptionSpec> = { [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : string } & { help?: boolean };

export function parse<T extends OptionSpec>(args: string[], options: T): { values: Values<T>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return parsed as { values: Values<T>; positionals: string[] };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function positiveInt(value: string | undefined, name: string): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a whole number ≥ 1, not "${value}"`);
  return n;
}

export function megabytes(value: string | undefined): number {
  if (value === undefined) return 100 * 1024 * 1024;
  const n = Number(value);
  if (!(n > 0)) throw new UsageError(`--max-mb must be a positive number, not "${value}"`);
  return n * 1024 * 1024;
}

export function positiveNumber(value: string | undefined, name: string): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (!(n > 0)) throw new UsageError(`${name} must be a positive number, not "${value}"`);
  return n;
}
