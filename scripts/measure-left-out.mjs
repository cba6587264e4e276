#!/usr/bin/env node
// Reproduces the measurements behind the packages the README's dependency section leaves out
// (compromise, natural): run `npm run build && node scripts/measure-left-out.mjs`. They are
// devDependencies only for this script; czdoc itself never loads them.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { withinOneEdit } from '../dist/extract/municipalities/typos.js';

const require = createRequire(import.meta.url);
const SEEDS = new URL('../fixtures/seeds/', import.meta.url).pathname;

const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => {
    const expected = JSON.parse(readFileSync(join(SEEDS, f), 'utf8'));
    const base = f.replace('.expected.json', '');
    const textFile = readdirSync(SEEDS).find((g) => g.startsWith(base) && /\.(txt|md)$/.test(g));
    return { text: readFileSync(join(SEEDS, textFile), 'utf8'), persons: expected.persons, municipalities: expected.municipalities };
  });

measureCompromise();
measureNatural();

/** compromise's people() and places() against the gold persons and municipalities of the seeds. */
function measureCompromise() {
  const nlp = require('compromise');
  let found = 0;
  let real = 0;
  let nominative = 0;
  let recalled = 0;
  let gold = 0;
  let placesFound = 0;
  let placesRight = 0;
  for (const seed of seeds) {
    const people = nlp(seed.text).people().out('array').map((p) => p.replace(/[.,;:]+$/u, ''));
    const matches = (p, name) => {
      const surname = name.split(' ').pop();
      return p.split(/\s+/u).length <= 3 && p.includes(surname.slice(0, Math.max(3, surname.length - 2)));
    };
    found += people.length;
    real += people.filter((p) => seed.persons.some((name) => matches(p, name))).length;
    nominative += people.filter((p) => seed.persons.includes(p)).length;
    gold += seed.persons.length;
    recalled += seed.persons.filter((name) => people.some((p) => matches(p, name))).length;
    const places = nlp(seed.text).places().out('array');
    placesFound += places.length;
    placesRight += places.filter((p) => seed.municipalities.includes(p.replace(/[.,;:]+$/u, ''))).length;
  }
  console.log('compromise people() on the five seeds');
  console.log(`  returned ${found}, of which a gold person ${real} (precision ${(real / found).toFixed(2)}), in the nominative as the gold ${nominative}`);
  console.log(`  gold persons found ${recalled} of ${gold} (recall ${(recalled / gold).toFixed(2)})`);
  console.log(`compromise places(): returned ${placesFound}, a gold municipality ${placesRight}`);
}

/** natural's Damerau–Levenshtein against the bounded one-edit check the typo matcher uses. */
function measureNatural() {
  const { DamerauLevenshteinDistance } = require('natural');
  const words = seeds.flatMap((s) => s.text.match(/\p{Lu}\p{Ll}{7,}/gu) ?? []);
  const pairs = Array.from({ length: 10_000 }, (_, i) => [words[i % words.length], words[(i * 7 + 3) % words.length]]);
  const time = (fn) => {
    pairs.forEach(([a, b]) => fn(a, b)); // warm up
    const start = performance.now();
    for (let r = 0; r < 5; r++) pairs.forEach(([a, b]) => fn(a, b));
    return (performance.now() - start) / 5;
  };
  const agree = pairs.every(([a, b]) => (DamerauLevenshteinDistance(a, b) <= 1) === withinOneEdit(a, b));
  const natural = time((a, b) => DamerauLevenshteinDistance(a, b) <= 1);
  const ours = time(withinOneEdit);
  console.log(`natural DamerauLevenshteinDistance ≤ 1: ${natural.toFixed(1)} ms per 10,000 pairs; czdoc's withinOneEdit ${ours.toFixed(1)} ms (${(natural / ours).toFixed(0)}× faster, same answers: ${agree})`);
}
