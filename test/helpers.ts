/** Shared paths and helpers for the tests. */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processDocument, type CzdocRecord } from '../src/index.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS = join(ROOT, 'fixtures', 'seeds');
export const BAD = join(ROOT, 'fixtures', 'bad');
export const SHARED = join(ROOT, '..', 'shared');
export const CLI = join(ROOT, 'dist', 'cli.js');
export const SEED_IDS = ['000_502735f528e78d37', '001_0f04818b8e1e8c03', '002_d8e6a0855838f666', '003_5247c620947f851a', '004_2390318a2969672b'];

/** The renderings of a seed: its TXT (or MD), and the PDF, DOCX and ODT made from it. */
export function seedFiles(id: string): string[] {
  const text = existsSync(join(SEEDS, `${id}.md`)) ? `${id}.md` : `${id}.txt`;
  return [text, `${id}.pdf`, `${id}.docx`, `${id}.odt`].map((f) => join(SEEDS, f));
}

/** Every seed rendering as [file name, seed id, path]: the 20 cases of the per-seed tests. */
export const SEED_CASES = SEED_IDS.flatMap((id) => seedFiles(id).map((file) => [basename(file), id, file] as const));

/** The record of a seed rendering, as the CLI would make it (path = file name). */
export async function processSeed(file: string): Promise<CzdocRecord> {
  return processDocument(readFileSync(file), { path: basename(file) });
}

export interface SeedGold {
  type: string;
  date: string | null;
  dates: string[];
  years: string[];
  amounts_czk: number[];
  municipalities: string[];
  regions: string[];
  resolutions: string[];
  signatories: string[];
  persons: string[];
  municipality_codes: Record<string, string>;
}

export function seedGold(id: string): SeedGold {
  return JSON.parse(readFileSync(join(SEEDS, `${id}.expected.json`), 'utf8')) as SeedGold;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
