/** `czdoc check`: the comparison, the verdicts and the CLI a CI job relies on. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../src/check/compare.js';
import { ExpectedSchema } from '../src/check/expected.js';
import { extractText } from '../src/index.js';
import { runCli, SEEDS } from './helpers.js';

const temp = () => mkdtempSync(join(tmpdir(), 'czdoc-check-'));

const TEXT = 'Praha, 17. 5. 2019 - Město Liberec získalo 500 000 Kč.';
const base = {
  id: 'x', type: 'press_release', date: '2019-05-17', dates: ['2019-05-17'], years: [], amounts_czk: [500000],
  municipalities: [], municipality_codes: {}, regions: [], resolutions: [], signatories: [], persons: [],
};

describe('compare', () => {
  it('counts matches, extras and misses per field, with context for extras', () => {
    const record = extractText(TEXT);
    const expected = ExpectedSchema.parse({ ...base, amounts_czk: [400000], persons: ['Jan Novák'] });
    const { differences, counts } = compare(record, expected);
    expect(counts.amounts_czk).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(counts.persons).toEqual({ tp: 0, fp: 0, fn: 1 });
    const extra = differences.find((d) => d.field === 'amounts_czk' && d.kind === 'extra');
    expect(extra?.value).toBe('500000');
    expect(extra?.context).toContain('[500 000 Kč]');
    expect(differences).toContainEqual({ field: 'persons', kind: 'missing', value: 'Jan Novák' });
  });

  it('reads a wrong document type or date as "changed"', () => {
    const record = extractText(TEXT);
    const { differences } = compare(record, ExpectedSchema.parse({ ...base, type: record.document.type === 'other' ? 'council_document' : 'other', date: '2019-05-18' }));
    expect(differences.filter((d) => d.kind === 'changed').map((d) => d.field).sort()).toEqual(['date', 'type']);
  });
});

/** A fixture folder with one seed document and its expected record, possibly edited. */
function fixtureSet(edit: (expected: Record<string, unknown>) => void = () => undefined): string {
  const dir = join(temp(), 'mine');
  mkdirSync(dir, { recursive: true });
  const id = '002_d8e6a0855838f666';
  cpSync(join(SEEDS, `${id}.txt`), join(dir, `${id}.txt`));
  const expected = JSON.parse(readFileSync(join(SEEDS, `${id}.expected.json`), 'utf8'));
  edit(expected);
  writeFileSync(join(dir, `${id}.expected.json`), JSON.stringify(expected));
  return dir;
}

describe('czdoc check', () => {
  it('fails with exit 1 and a readable diff when a value is missing', async () => {
    const dir = fixtureSet((e) => (e.dates = ['2019-05-17', '2019-06-01']));
    const result = await runCli(['check', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/- dates\s+2019-06-01/);
    expect(result.stderr).toMatch(/field\s+tp\s+fp\s+fn\s+precision\s+recall\s+F1/);
    expect(result.stderr).toMatch(/czdoc check: FAILED/);
  });

  it('passes when the differences are declared known, and says why', async () => {
    const dir = fixtureSet((e) => (e.dates = ['2019-05-17', '2019-06-01']));
    const config = join(dir, '..', 'check.json');
    const known = [{ fixture: '002_d8e6a0855838f666', field: 'dates', kind: 'missing', value: '2019-06-01', reason: 'test' }];
    const everythingElse = await runCli(['check', dir, '--json']);
    const open = JSON.parse(everythingElse.stdout).documents.flatMap((d: { differences: Array<Record<string, string>> }) => d.differences);
    const allKnown = [
      ...known,
      ...open.filter((d: Record<string, string>) => d.value !== '2019-06-01').map((d: Record<string, string>) => ({ fixture: '002_d8e6a0855838f666', field: d.field, kind: d.kind, value: d.value, reason: 'not yet extracted' })),
    ];
    writeFileSync(config, JSON.stringify({ known: allKnown }));
    const result = await runCli(['check', dir, '--config', config]);
    expect(result.stderr).toMatch(/\(known: test\)/);
    expect(result.code).toBe(0);
  });

  it('passes a group within its declared thresholds', async () => {
    const dir = fixtureSet((e) => (e.dates = ['2019-05-17', '2019-06-01']));
    const config = join(dir, '..', 'check.json');
    writeFileSync(config, JSON.stringify({ thresholds: { mine: { overall: 0.01 } } }));
    expect((await runCli(['check', dir, '--config', config])).code).toBe(0);
    writeFileSync(config, JSON.stringify({ thresholds: { mine: { dates: 0.99 } } }));
    const strict = await runCli(['check', dir, '--config', config]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/dates F1 0\.\d+ < 0\.99/);
  });

  it('writes machine-readable JSON and JUnit', async () => {
    const dir = fixtureSet();
    const junit = join(temp(), 'junit.xml');
    const result = await runCli(['check', dir, '--json', '--junit', junit]);
    const json = JSON.parse(result.stdout);
    expect(json.fields.overall).toHaveProperty('f1');
    expect(json.documents).toHaveLength(1);
    expect(readFileSync(junit, 'utf8')).toMatch(/<testsuite name="czdoc check" tests="1"/);
  });

  it('names a malformed or missing expected record with exit 2', async () => {
    const dir = fixtureSet((e) => delete e.persons);
    const result = await runCli(['check', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/002_d8e6a0855838f666\.expected\.json: malformed expected record \(persons/);
    expect((await runCli(['check', join(dir, 'nothing-here')])).stderr).toMatch(/No such fixture/);
  });

  it('skips corpus fixtures without failing when the shared folder is absent', async () => {
    const dir = join(temp(), 'corpus');
    mkdirSync(dir);
    writeFileSync(join(dir, 't999.expected.json'), JSON.stringify({ ...base, id: 't999', source: 'corpus/docs/t999.txt' }));
    const result = await runCli(['check', dir, '--shared', join(dir, 'no-shared')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/skipped t999: corpus\/docs\/t999\.txt not found/);
  });

  it('--update rewrites the expected record from the extraction, keeping id, source and notes', async () => {
    const dir = fixtureSet((e) => ((e.dates = ['1999-01-01']), (e.notes = 'reviewed')));
    const update = await runCli(['check', dir, '--update']);
    expect(update.code).toBe(0);
    const rewritten = JSON.parse(readFileSync(join(dir, '002_d8e6a0855838f666.expected.json'), 'utf8'));
    expect(rewritten.dates).not.toContain('1999-01-01');
    expect(rewritten.notes).toBe('reviewed');
    expect(rewritten.mentions).toBeTypeOf('object');
    expect((await runCli(['check', dir])).code).toBe(0);
  });
});
