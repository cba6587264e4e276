/**
 * `npm run bench -- [--docs N] [--only NAME]`: every benchmark, one figure a line, after the
 * machine it ran on (figures mean little without it).
 */
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { bench as endToEnd } from './end-to-end.js';
import { bench as datesAndAmounts } from './extraction-dates-amounts.js';
import { bench as gazetteer } from './gazetteer.js';
import type { Bench, BenchReport } from './types.js';

const BENCHES: Record<string, Bench> = {
  'end-to-end': endToEnd,
  'extraction-dates-amounts': datesAndAmounts,
  gazetteer,
};

const { values } = parseArgs({ options: { docs: { type: 'string', default: '1000' }, only: { type: 'string' } } });
const documents = Number(values.docs);
if (!Number.isInteger(documents) || documents < 15) throw new Error(`--docs must be a whole number ≥ 15, not "${values.docs}"`);
const selected = values.only ? values.only.split(',') : Object.keys(BENCHES);
for (const name of selected) if (!BENCHES[name]) throw new Error(`no bench "${name}" (have: ${Object.keys(BENCHES).join(', ')})`);

const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
console.log(`machine: ${availableParallelism()} cores (${cpu}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}, load ${loadavg()[0]!.toFixed(1)}`);
for (const name of selected) {
  console.log(`\n${name}`);
  const report: BenchReport = (label, value, unit) => console.log(`  ${label.padEnd(64)} ${format(value).padStart(10)} ${unit}`);
  await BENCHES[name]!(report, { documents });
}
console.log(`\nload at the end: ${loadavg()[0]!.toFixed(1)}`);

function format(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}
