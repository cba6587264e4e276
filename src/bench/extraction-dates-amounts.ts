/**
 * Throughput of the dates and amounts extractors (MB of text per second) on a press-release-sized
 * text and on a ~1 MB text made by concatenating the seed fixtures' texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractAmounts } from '../extract/amounts/index.js';
import { extractDates } from '../extract/dates/index.js';
import type { ExtractContext } from '../extract/types.js';
import { loadGazetteer } from '../gazetteer/index.js';
import { normalizeText } from '../normalize/index.js';
import { timePerCall, type Bench } from './types.js';

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'seeds');
const ONE_MB = 1024 * 1024;

function seedTexts(): string[] {
  return readdirSync(SEEDS)
    .filter((f) => /\.(txt|md)$/u.test(f))
    .sort()
    .map((f) => normalizeText(readFileSync(join(SEEDS, f), 'utf8')).text);
}

/** The seed press release with a dateline (about 5 kB), and the seeds repeated up to ~1 MB. */
function benchTexts(): Array<[string, string]> {
  const texts = seedTexts();
  const pressRelease = texts.find((t) => /Praha\/Liberec, 17\. 5\. 2019/u.test(t)) ?? texts[0]!;
  const parts: string[] = [];
  for (let size = 0, i = 0; size < ONE_MB; i++) {
    const next = texts[i % texts.length]!;
    parts.push(next);
    size += next.length;
  }
  return [
    [`press release (${(pressRelease.length / 1024).toFixed(1)} kB)`, pressRelease],
    [`concatenated fixtures (${(parts.join('\n\n').length / ONE_MB).toFixed(2)} MB)`, parts.join('\n\n')],
  ];
}

export const bench: Bench = async (report) => {
  const gazetteer = loadGazetteer();
  for (const [label, text] of benchTexts()) {
    const ctx: ExtractContext = { text, documentDate: '2019-05-17', gazetteer, claimed: [], warn: () => {} };
    const megabytes = Buffer.byteLength(text, 'utf8') / ONE_MB;
    report(`dates extraction, ${label}`, megabytes / (timePerCall(() => extractDates(ctx)) / 1000), 'MB/s');
    report(`amounts extraction, ${label}`, megabytes / (timePerCall(() => extractAmounts(ctx)) / 1000), 'MB/s');
  }
};
