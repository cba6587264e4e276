/**
 * Expected records: the values a reviewer approved for a fixture document, in the layout of the
 * seeds' gold files (one distinct-value list per field), plus optional mention spans that
 * `czdoc check --update` stores to report span drift.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { readJsonFile } from '../schema/json-file.js';

export const ExpectedSchema = z
  .object({
    id: z.string(),
    source: z.string().optional().describe('The document: relative to the shared folder (corpus/docs/…), or to the project (fixtures/corpus-docs/…); absent when it lies beside this record'),
    type: z.enum(['press_release', 'council_document', 'other']),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    dates: z.array(z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/)),
    years: z.array(z.string().regex(/^\d{4}$/)),
    amounts_czk: z.array(z.number()),
    amounts_other: z.array(z.object({ value: z.number(), currency: z.string() })).optional(),
    municipalities: z.array(z.string()),
    municipality_codes: z.record(z.string(), z.string().nullable()),
    regions: z.array(z.string()),
    resolutions: z.array(z.string()),
    signatories: z.array(z.string()),
    persons: z.array(z.string()),
    notes: z.string().optional(),
    mentions: z.record(z.string(), z.array(z.tuple([z.number(), z.number()]))).optional(),
  })
  .passthrough();

export type Expected = z.infer<typeof ExpectedSchema>;

export interface Fixture {
  /** The expected record file. */
  expectedPath: string;
  expected: Expected;
  /** The documents it describes (several formats of one document), or none when absent. */
  documents: string[];
  /** Why no document could be found, when none was. */
  missing: string | null;
}

export class FixtureError extends Error {}

const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.pdf', '.docx', '.odt', '.html', '.htm'];

/** Every *.expected.json under the given files or folders, in path order. */
export function findExpectedFiles(paths: string[]): string[] {
  const found: string[] = [];
  const visit = (path: string) => {
    if (!existsSync(path)) throw new FixtureError(`No such fixture file or folder: ${path}`);
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else if (path.endsWith('.expected.json')) found.push(path);
  };
  paths.forEach((p) => visit(resolve(p)));
  return found;
}

export function loadFixture(expectedPath: string, sharedDir: string): Fixture {
  const expected = readJsonFile(expectedPath, ExpectedSchema, 'malformed expected record', (m) => new FixtureError(m));
  const siblings = siblingDocuments(expectedPath);
  if (siblings.length) return { expectedPath, expected, documents: siblings, missing: null };
  if (!expected.source) throw new FixtureError(`${expectedPath}: names no "source" document and none lies beside it`);
  // "fixtures/corpus-docs/…": a document the project keeps itself, beside the fixture folders.
  const projectDir = dirname(dirname(dirname(expectedPath)));
  const base = expected.source.startsWith('fixtures/') ? projectDir : sharedDir;
  const document = join(base, expected.source);
  if (existsSync(document)) return { expectedPath, expected, documents: [document], missing: null };
  return { expectedPath, expected, documents: [], missing: `${expected.source} not found in ${base}` };
}

/** Documents beside the expected record with the same name: <id>.txt, <id>.pdf, <id>.docx… */
function siblingDocuments(expectedPath: string): string[] {
  const id = basename(expectedPath, '.expected.json');
  const dir = dirname(expectedPath);
  return DOCUMENT_EXTENSIONS.map((ext) => join(dir, `${id}${ext}`)).filter((p) => existsSync(p));
}
