/**
 * Named pipelines: JSON files in pipelines/ that say what to read, where to write and how. A
 * definition is validated before anything runs; paths in it are relative to the project folder
 * (the parent of pipelines/).
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readJsonFile } from '../schema/json-file.js';

export const PipelineSchema = z
  .object({
    description: z.string().optional(),
    inputs: z.array(z.string().min(1)).min(1).describe('Files, folders or globs'),
    out: z.string().min(1).describe('Folder for the records'),
    jsonl: z.string().nullable().default(null),
    concurrency: z.number().int().positive().optional().describe('Documents in flight; default two per worker'),
    workers: z.number().int().positive().optional().describe('Worker threads; default the number of cores'),
    timeoutSeconds: z.number().positive().optional().describe('Per-document time limit (default 120 s); over it a document becomes an error record'),
    force: z.boolean().default(false),
    gazetteer: z.string().nullable().default(null).describe('Register file or folder; null for the installed/embedded one'),
    maxMb: z.number().positive().default(100),
    review: z.boolean().default(false).describe('Also write the HTML review of the records'),
    exports: z
      .object({
        sqlite: z.string().min(1).optional().describe('SQLite database to bring up to date after the run'),
        csv: z.string().min(1).optional().describe('Folder for a CSV file per table'),
        xlsx: z.string().min(1).optional().describe('XLSX workbook, a sheet per table'),
        lang: z.enum(['cs', 'en']).default('cs').describe('Column names of the CSV files and sheets'),
        delimiter: z.enum([',', ';', '\t']).default(','),
      })
      .strict()
      .nullable()
      .default(null)
      .describe('Exports written from the records after the run (czdoc export)'),
  })
  .strict();

export type Pipeline = z.infer<typeof PipelineSchema>;

export class PipelineError extends Error {}

const PACKAGE_PIPELINES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'pipelines');

/** Finds a pipeline by name (pipelines/<name>.json in the current folder, then the package's) or path. */
export function loadPipeline(nameOrPath: string, cwd = process.cwd()): { pipeline: Pipeline; projectDir: string; file: string } {
  const candidates = nameOrPath.endsWith('.json')
    ? [resolve(cwd, nameOrPath)]
    : [join(cwd, 'pipelines', `${nameOrPath}.json`), join(PACKAGE_PIPELINES, `${nameOrPath}.json`)];
  const file = candidates.find((f) => existsSync(f));
  if (!file) throw new PipelineError(`No pipeline "${nameOrPath}" (looked for ${candidates.join(', ')})`);
  const pipeline = readJsonFile(file, PipelineSchema, 'invalid pipeline definition', (m) => new PipelineError(m));
  return { pipeline, projectDir: dirname(dirname(file)), file };
}

export function resolveIn(projectDir: string, path: string): string {
  return isAbsolute(path) ? path : join(projectDir, path);
}
