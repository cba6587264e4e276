/** How a check reads: a diff per document and a score table for people, JSON and JUnit for CI. */
import { relative } from 'node:path';
import { FIELDS, type Field } from './compare.js';
import { scores, type CheckResult } from './run.js';

const SIGN = { extra: '+', missing: '-', changed: '~' } as const;

/** `showBlind`: print the differences of blind groups too (for the one who settles them, not for rule writers). */
export function textReport(result: CheckResult, cwd = process.cwd(), showBlind = false): string {
  const lines: string[] = [];
  const hidden = new Set(showBlind ? [] : result.groups.filter((g) => g.blind).map((g) => g.group));
  for (const c of result.cases) {
    if (hidden.has(c.group)) continue;
    const open = c.differences.filter((d) => !d.known);
    const known = c.differences.filter((d) => d.known);
    if (!open.length && !known.length && !c.drift.length && c.status === 'ok') continue;
    lines.push(`${relative(cwd, c.document)}  (${relative(cwd, c.expectedPath)})`);
    if (c.error) lines.push(`  error: ${c.error}`);
    for (const d of open) {
      const value = d.kind === 'changed' ? `${d.value} → ${d.actual}` : d.value;
      lines.push(`  ${SIGN[d.kind]} ${d.field.padEnd(14)} ${value}${d.context ? `   ${d.context}` : ''}`);
    }
    for (const d of known) lines.push(`  ${SIGN[d.kind]} ${d.field.padEnd(14)} ${d.value}   (known: ${d.known})`);
    for (const d of c.drift) lines.push(`  span drift: ${d}`);
    lines.push('');
  }
  for (const s of result.skipped) lines.push(`skipped ${s.fixture}: ${s.reason}`);
  for (const k of result.resolvedKnown) lines.push(`known difference no longer occurs, remove it from the allow-list: ${k.fixture} ${k.field} ${SIGN[k.kind]} ${k.value}`);
  if (result.skipped.length || result.resolvedKnown.length) lines.push('');
  for (const group of hidden) lines.push(`${group}: a blind group, its differences are not shown (czdoc check --show-blind shows them)`);
  if (hidden.size) lines.push('');
  lines.push(scoreTable(result.totals));
  lines.push('');
  if (result.groups.length > 1) {
    for (const g of result.groups) lines.push(`${g.group}${g.blind ? ' (blind)' : ''}:`, scoreTable(g.totals), '');
  }
  for (const g of result.groups) {
    const rule = g.thresholds ? `thresholds ${JSON.stringify(g.thresholds)}` : 'exact match (known differences allowed)';
    const why = g.passed ? '' : g.thresholds ? `: ${g.belowThreshold.join(', ')}` : `: ${g.unexplained} unexplained difference(s)`;
    lines.push(`${g.passed ? 'PASS' : 'FAIL'} ${g.group} — ${g.cases} document(s), ${g.unexplained} unexplained difference(s), ${rule}${why}`);
  }
  lines.push(result.passed ? 'czdoc check: passed' : 'czdoc check: FAILED');
  return `${lines.join('\n')}\n`;
}

function scoreTable(totals: CheckResult['totals']): string {
  const header = `${'field'.padEnd(16)}${'tp'.padStart(6)}${'fp'.padStart(6)}${'fn'.padStart(6)}${'precision'.padStart(11)}${'recall'.padStart(9)}${'F1'.padStart(8)}`;
  const row = (name: string, field: Field | 'overall') => {
    const c = totals[field];
    const s = scores(c);
    return `${name.padEnd(16)}${String(c.tp).padStart(6)}${String(c.fp).padStart(6)}${String(c.fn).padStart(6)}${s.precision.toFixed(3).padStart(11)}${s.recall.toFixed(3).padStart(9)}${s.f1.toFixed(3).padStart(8)}`;
  };
  return [header, ...FIELDS.map((f) => row(f, f)), row('overall (micro)', 'overall')].join('\n');
}

export function jsonReport(result: CheckResult, showBlind = false): string {
  const hidden = new Set(showBlind ? [] : result.groups.filter((g) => g.blind).map((g) => g.group));
  const fields = Object.fromEntries([...FIELDS, 'overall' as const].map((f) => [f, { ...result.totals[f], ...scores(result.totals[f]) }]));
  return `${JSON.stringify(
    {
      passed: result.passed,
      groups: result.groups,
      fields,
      documents: result.cases.map((c) => ({
        document: c.document,
        fixture: c.fixture,
        group: c.group,
        status: c.status,
        error: c.error,
        ...(hidden.has(c.group) ? { hiddenDifferences: c.differences.length } : { differences: c.differences, drift: c.drift }),
      })),
      skipped: result.skipped,
      resolvedKnown: result.resolvedKnown,
    },
    null,
    2,
  )}\n`;
}

export function junitReport(result: CheckResult, cwd = process.cwd()): string {
  const cases = result.cases.map((c) => {
    const open = c.differences.filter((d) => !d.known);
    const name = escapeXml(relative(cwd, c.document));
    if (!open.length && !c.error) return `    <testcase classname="czdoc.check.${escapeXml(c.group)}" name="${name}"/>`;
    const body = [...(c.error ? [`error: ${c.error}`] : []), ...open.map((d) => `${SIGN[d.kind]} ${d.field} ${d.value}${d.actual ? ` → ${d.actual}` : ''}`)].join('\n');
    return `    <testcase classname="czdoc.check.${escapeXml(c.group)}" name="${name}">\n      <failure message="${open.length} difference(s)">${escapeXml(body)}</failure>\n    </testcase>`;
  });
  const skipped = result.skipped.map((s) => `    <testcase classname="czdoc.check" name="${escapeXml(s.fixture)}"><skipped message="${escapeXml(s.reason)}"/></testcase>`);
  const failures = result.cases.filter((c) => c.error || c.differences.some((d) => !d.known)).length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="czdoc check" tests="${cases.length + skipped.length}" failures="${failures}" skipped="${skipped.length}">\n${[...cases, ...skipped].join('\n')}\n  </testsuite>\n</testsuites>\n`;
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}
