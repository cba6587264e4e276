/**
 * The gazetteer with the full register: start-up (reading the embedded register and building the
 * name and region indexes; also, for comparison, generating the case forms from CSV with the
 * Hunspell dictionary, as for a register given with --gazetteer obce.csv) and the throughput of
 * the municipality and region extractors on a press release and on ~1 MB of text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractMunicipalities } from '../extract/municipalities/index.js';
import { extractRegions } from '../extract/regions/index.js';
import { extractContext } from '../extract/context.js';
import { generateForms } from '../gazetteer/forms.js';
import { Gazetteer, registerFromCsv, type Register } from '../gazetteer/index.js';
import { nameIndex } from '../gazetteer/names.js';
import { benchTexts, ONE_MB } from './texts.js';
import { timePerCall, type Bench } from './types.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const EMBEDDED = join(HERE, '..', 'gazetteer', 'data', 'register.json');
const SHARED_DATA = join(HERE, '..', '..', '..', 'shared', 'data');


/** A fresh gazetteer from the embedded file, indexes built: what a new process pays once. */
function startEmbedded(): Gazetteer {
  const gazetteer = new Gazetteer(JSON.parse(readFileSync(EMBEDDED, 'utf8')) as Register, 'embedded');
  nameIndex(gazetteer);
  extractRegions(extractContext('Liberecký kraj', { gazetteer }));
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
  for (const [label, text] of benchTexts((t) => t.includes('Nové Město pod Smrkem'))) {
    const megabytes = Buffer.byteLength(text, 'utf8') / ONE_MB;
    const context = () => extractContext(text, { gazetteer });
    report(`municipalities + regions extraction, ${label}`, megabytes / (timePerCall(() => extractMunicipalities(context())) / 1000), 'MB/s');
    report(`regions extraction, ${label}`, megabytes / (timePerCall(() => extractRegions(context())) / 1000), 'MB/s');
  }
};
