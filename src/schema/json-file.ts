/** Reading a JSON definition file (pipeline, expected record, check configuration) through its zod schema. */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/**
 * The parsed file, or an error made by `fail` with a message that names the file and every
 * problem: "<path>: not valid JSON (…)" or "<path>: <what> (field: problem; …)".
 */
export function readJsonFile<S extends z.ZodType>(path: string, schema: S, what: string, fail: (message: string) => Error): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw fail(`${path}: not valid JSON (${error instanceof Error ? error.message : error})`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');
    throw fail(`${path}: ${what} (${problems})`);
  }
  return parsed.data;
}
