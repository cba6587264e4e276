/**
 * The gazetteer with the full register: start-up (reading the embedded register and building the
 * name and region indexes; also, for comparison, generating the case forms from CSV with the
 * Hunspell dictionary, as for a register given with --gazetteer obce.csv) and the throughput of
 * the municipality and region extractors on a press release and on ~1 MB of text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractMunicipalities } from '../extract/municipalities/index.js';
import { extractRegions } from '../extract/regions/index.js';
import type { ExtractContext } from '../extract/types.js';
import { generateForms } from '../gazetteer/forms.js';
import { Gazetteer, registerFromCsv, type Register } from '../gazetteer/index.js';
import { nameIndex } from '../gazetteer/names.js';
import { normalizeText } from '../normalize/index.js';
import { timePerCall, type Bench } from './types.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const EMBEDDED = join(HERE, '..', 'gazetteer', 'data', 'register.json');
const SEEDS = join(HERE, '..', '..', 'fixtures', 'seeds');
const SHARED_DATA = join(HERE, '..', '..', '..', 'shared', 'data');
const ONE_MB = 1024 * 1024;

function seedTexts(): string[] {
  return readdirSync(SEEDS)
    .filter((f) => /\.(txt|md)$/u.test(f))
    .sort()
    .map((f) => normalizeText(readFileSync(join(SEEDS, f), 'utf8')).text);
}

/** The seed press release listing fifteen municipalities, and the seeds repeated up to ~1 MB. */
function benchTexts(): Array<[string, string]> {
  const texts = seedTexts();
  const pressRelease = texts.find((t) => t.includes('Nové Město pod Smrkem')) ?? texts[0]!;
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

/** A fresh gazetteer from the embedded file, indexes built: what a new process pays once. */
function startEmbedded(): Gazetteer {
  const gazetteer = new Gazetteer(JSON.parse(readFileSync(EMBEDDED, 'utf8')) as Register, 'embedded');
  nameIndex(gazetteer);
  extractRegions({ text: 'Liberecký kraj', documentDate: null, gazetteer, claimed: [], warn: () => {} });
  return gazetteer;
}

export const bench: Bench = async (report) => {
  report('gazetteer start-up: embedded register read, name index built', timePerCall(startEmbedded, 1000), 'ms');
  if (existsSync(join(SHARED_DATA, 'obce.csv'))) {
    const started = performance.now();
    generateForms(registerFromCsv(SHARED_DATA));
    report('gazetteer start-up from CSV, case forms generated (first call, dictionary parsed)', performance.now() - started, 'ms');
  }
  const gazetteer = startEmbedded();
  for (const [label, text] of benchTexts()) {
    const megabytes = Buffer.byteLength(text, 'utf8') / ONE_MB;
    const context = (): ExtractContext => ({ text, documentDate: null, gazetteer, claimed: [], warn: () => {} });
    report(`municipalities + regions extraction, ${label}`, megabytes / (timePerCall(() => extractMunicipalities(context())) / 1000), 'MB/s');
    report(`regions extraction, ${label}`, megabytes / (timePerCall(() => extractRegions(context())) / 1000), 'MB/s');
  }
};
