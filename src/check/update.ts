/**
 * `czdoc check --update`: after a person has reviewed the diff, the expected records take the
 * values extracted now (and the mention spans, for drift reports). id, source and notes stay.
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../batch/atomic.js';
import { FIELDS, mentionKey, observe } from './compare.js';
import type { CaseResult, CheckResult } from './run.js';

export async function updateExpected(result: CheckResult): Promise<string[]> {
  const written: string[] = [];
  const firstCase = new Map<string, CaseResult>();
  for (const c of result.cases) if (!firstCase.has(c.expectedPath)) firstCase.set(c.expectedPath, c);
  for (const [path, c] of firstCase) {
    await writeFileAtomic(path, `${JSON.stringify(expectedFrom(c, await readJson(path)), null, 1)}\n`);
    written.push(path);
  }
  return written;
}

function expectedFrom(c: CaseResult, previous: Record<string, unknown>): Record<string, unknown> {
  const r = c.record;
  const observed = observe(r);
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const mentions: Record<string, Array<[number, number]>> = {};
  for (const field of FIELDS) {
    for (const [value, spans] of observed[field]) if (spans.length) mentions[mentionKey(field, value)] = spans.map((s) => [s.start, s.end]);
  }
  return {
    id: previous.id ?? c.fixture,
    ...(previous.source ? { source: previous.source } : {}),
    type: r.document.type,
    date: r.document.date,
    dates: sorted(observed.dates.keys()),
    years: sorted(observed.years.keys()),
    amounts_czk: [...observed.amounts_czk.keys()].map(Number).sort((a, b) => a - b),
    amounts_other: [...observed.amounts_other.keys()].map((key) => {
      const [value, currency] = key.split(' ');
      return { value: Number(value), currency };
    }),
    municipalities: sorted(r.municipalities.map((m) => m.name)),
    municipality_codes: Object.fromEntries(r.municipalities.map((m) => [m.name, m.code])),
    regions: sorted(observed.regions.keys()),
    resolutions: sorted(observed.resolutions.keys()),
    signatories: sorted(observed.signatories.keys()),
    persons: sorted(observed.persons.keys()),
    ...(previous.notes ? { notes: previous.notes } : {}),
    mentions,
  };
}

async function readJson(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
}
