/**
 * `czdoc check`: extract every fixture document, compare with its expected record, sum up
 * precision/recall per field, and decide pass or fail against the fixture set's declared
 * thresholds and known differences (fixtures/check.json).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { z } from 'zod';
import { loadGazetteer } from '../gazetteer/index.js';
import { readJsonFile } from '../schema/json-file.js';
import { processDocument } from '../process.js';
import type { CzdocRecord } from '../schema/record.js';
import { compare, FIELDS, type Difference, type Field, type FieldCounts } from './compare.js';
import { findExpectedFiles, FixtureError, loadFixture, type Fixture } from './expected.js';

export const CheckConfigSchema = z
  .object({
    description: z.string().optional(),
    /** Per fixture group (the folder holding the expected records): minimum F1 per field or "overall". */
    thresholds: z.record(z.string(), z.partialRecord(z.enum([...FIELDS, 'overall']), z.number().min(0).max(1))).default({}),
    /**
     * Groups kept blind: rules are not developed against them, so their per-document differences
     * are not printed (only the group's scores), unless --show-blind asks.
     */
    blind: z.array(z.string()).default([]),
    /** Differences a person has looked at and accepted for now, each with its reason. */
    known: z
      .array(
        z
          .object({
            fixture: z.string().describe('Fixture id (the expected record name without .expected.json)'),
            field: z.enum(FIELDS),
            kind: z.enum(['extra', 'missing', 'changed']),
            value: z.string(),
            reason: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type CheckConfig = z.infer<typeof CheckConfigSchema>;
export type KnownDifference = CheckConfig['known'][number];

export interface CaseResult {
  fixture: string;
  group: string;
  document: string;
  expectedPath: string;
  status: 'ok' | 'error';
  error: string | null;
  differences: Array<Difference & { known: string | null }>;
  drift: string[];
  counts: Record<Field, FieldCounts>;
  record: CzdocRecord;
}

export interface GroupVerdict {
  group: string;
  cases: number;
  thresholds: Record<string, number> | null;
  unexplained: number;
  belowThreshold: string[];
  passed: boolean;
  /** Its documents' differences are not shown (CheckConfig.blind). */
  blind: boolean;
  totals: Record<Field | 'overall', FieldCounts>;
}

export interface CheckResult {
  cases: CaseResult[];
  skipped: Array<{ fixture: string; reason: string }>;
  totals: Record<Field | 'overall', FieldCounts>;
  groups: GroupVerdict[];
  /** Known differences that no longer occur: the allow-list can shrink. */
  resolvedKnown: KnownDifference[];
  passed: boolean;
}

export interface CheckOptions {
  paths: string[];
  sharedDir: string;
  config: CheckConfig;
  gazetteerPath?: string | null;
}

export function loadCheckConfig(path: string | null): CheckConfig {
  if (!path || !existsSync(path)) return CheckConfigSchema.parse({});
  return readJsonFile(path, CheckConfigSchema, 'invalid check configuration', (m) => new FixtureError(m));
}

export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  const gazetteer = loadGazetteer(options.gazetteerPath ?? null);
  const fixtures: Fixture[] = findExpectedFiles(options.paths).map((p) => loadFixture(p, options.sharedDir));
  const cases: CaseResult[] = [];
  const skipped: CheckResult['skipped'] = [];
  const knownSeen = new Set<KnownDifference>();
  for (const fixture of fixtures) {
    if (fixture.missing) skipped.push({ fixture: fixture.expected.id, reason: fixture.missing });
    for (const document of fixture.documents) {
      const record = await processDocument(readFileSync(document), { path: basename(document), gazetteer });
      cases.push(judgeCase(fixture, document, record, options.config, knownSeen));
    }
  }
  const totals = sumCounts(cases);
  const groups = verdicts(cases, options.config);
  const resolvedKnown = options.config.known.filter((k) => !knownSeen.has(k) && cases.some((c) => c.fixture === k.fixture));
  return { cases, skipped, totals, groups, resolvedKnown, passed: groups.every((g) => g.passed) };
}

function judgeCase(fixture: Fixture, document: string, record: CzdocRecord, config: CheckConfig, seen: Set<KnownDifference>): CaseResult {
  const fixtureId = basename(fixture.expectedPath, '.expected.json');
  const comparison = compare(record, fixture.expected);
  const differences = comparison.differences.map((d) => {
    const known = config.known.find((k) => k.fixture === fixtureId && k.field === d.field && k.kind === d.kind && k.value === d.value);
    if (known) seen.add(known);
    return { ...d, known: known?.reason ?? null };
  });
  return {
    fixture: fixtureId,
    group: basename(dirname(fixture.expectedPath)),
    document,
    expectedPath: fixture.expectedPath,
    status: record.status,
    error: record.error?.message ?? null,
    differences,
    drift: comparison.drift,
    counts: comparison.counts,
    record,
  };
}

function sumCounts(cases: CaseResult[]): Record<Field | 'overall', FieldCounts> {
  const totals = {} as Record<Field | 'overall', FieldCounts>;
  for (const field of [...FIELDS, 'overall'] as const) totals[field] = { tp: 0, fp: 0, fn: 0 };
  for (const c of cases) {
    for (const field of FIELDS) {
      for (const k of ['tp', 'fp', 'fn'] as const) {
        totals[field][k] += c.counts[field][k];
        totals.overall[k] += c.counts[field][k];
      }
    }
  }
  return totals;
}

export function scores(c: FieldCounts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * A group with thresholds passes when every declared F1 is met; a group without them passes only
 * when every difference is a known one.
 */
function verdicts(cases: CaseResult[], config: CheckConfig): GroupVerdict[] {
  const groups = [...new Set(cases.map((c) => c.group))];
  return groups.map((group) => {
    const mine = cases.filter((c) => c.group === group);
    const unexplained = mine.reduce((n, c) => n + c.differences.filter((d) => !d.known).length, 0);
    const thresholds = config.thresholds[group] ?? null;
    const totals = sumCounts(mine);
    const belowThreshold = Object.entries(thresholds ?? {})
      .filter(([field, min]) => scores(totals[field as Field | 'overall'] ?? { tp: 0, fp: 0, fn: 0 }).f1 < min)
      .map(([field, min]) => `${field} F1 ${scores(totals[field as Field | 'overall']).f1.toFixed(3)} < ${min}`);
    const passed = thresholds ? belowThreshold.length === 0 : unexplained === 0;
    return { group, cases: mine.length, thresholds, unexplained, belowThreshold, passed, blind: config.blind.includes(group), totals };
  });
}
