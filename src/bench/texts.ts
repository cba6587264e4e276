/** The texts the extractor benches measure on: one press release and the seeds repeated to ~1 MB. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeText } from '../normalize/index.js';

export const ONE_MB = 1024 * 1024;
const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'seeds');

function seedTexts(): string[] {
  return readdirSync(SEEDS)
    .filter((f) => /\.(txt|md)$/u.test(f))
    .sort()
    .map((f) => normalizeText(readFileSync(join(SEEDS, f), 'utf8')).text);
}

/** [label, text] pairs: the seed text `pick` chooses (a press release), and all seeds up to ~1 MB. */
export function benchTexts(pick: (text: string) => boolean): Array<[string, string]> {
  const texts = seedTexts();
  const pressRelease = texts.find(pick) ?? texts[0]!;
  const parts: string[] = [];
  for (let size = 0, i = 0; size < ONE_MB; i++) {
    parts.push(texts[i % texts.length]!);
    size += texts[i % texts.length]!.length;
  }
  const big = parts.join('\n\n');
  return [
    [`press release (${(pressRelease.length / 1024).toFixed(1)} kB)`, pressRelease],
    [`concatenated fixtures (${(big.length / ONE_MB).toFixed(2)} MB)`, big],
  ];
}
