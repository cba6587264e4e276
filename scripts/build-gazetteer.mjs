#!/usr/bin/env node
// Turns the official register in ../shared/data (or the folder given) into the package's compact
// default gazetteer, src/gazetteer/data/register.json. Run after `npm run build` when the register
// changes. It holds no case forms: those derive from the GPL-2.0 dictionary-cs and are made on the
// user's machine (src/gazetteer/forms-cache.ts), so the package stays MIT.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRegister } from '../dist/gazetteer/register.js';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = resolve(process.argv[2] ?? join(here, '../../shared/data'));
const read = (name) => readFileSync(join(dataDir, name), 'utf8');
const register = parseRegister(
  { obce: read('obce.csv'), okresy: read('okresy.csv'), kraje: read('kraje.csv') },
  {
    source: 'ČSÚ: Počet obyvatel v obcích ČR k 1. 1. 2025; RÚIAN UI_OBEC (status as of May 2026); ČSÚ číselníky 100/101',
    date: '2026-05-07',
  },
);
const out = join(here, '../src/gazetteer/data/register.json');
writeFileSync(out, JSON.stringify(register) + '\n');
console.log(`${out}: ${register.municipalities.length} municipalities, ${register.districts.length} districts, ${register.regions.length} regions, version ${register.version}`);
