/**
 * The package as `npm pack` makes it: MIT contents only, and once installed into a fresh folder
 * outside the repository it extracts and exports as the repository does. Installing reaches the
 * npm registry (npm's cache first) and builds better-sqlite3's native part: the slowest test.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, SEEDS, SHARED } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'czdoc-package-'));
const app = join(work, 'app');
const dataDir = join(work, 'data');
let tarball: string;

/** Real documents in a folder of their own: two seeds and, when the shared corpus is there, a DOCX and a PDF of it. */
function freshDocuments(): string {
  const dir = join(work, 'documents');
  mkdirSync(dir, { recursive: true });
  for (const f of ['001_0f04818b8e1e8c03.pdf', '002_d8e6a0855838f666.txt']) copyFileSync(join(SEEDS, f), join(dir, f));
  for (const f of ['b005.docx', 'b010.pdf']) if (existsSync(join(SHARED, 'corpus', 'docs', f))) copyFileSync(join(SHARED, 'corpus', 'docs', f), join(dir, f));
  return dir;
}

const installed = (args: string[]) =>
  spawnSync(join(app, 'node_modules', '.bin', 'czdoc'), args, { cwd: app, encoding: 'utf8', env: { ...process.env, CZDOC_DATA_DIR: dataDir } });

beforeAll(() => {
  // dist/ is fresh (npm test builds first), so pack without running prepare again.
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' })) as Array<{ filename: string }>;
  tarball = join(work, packed!.filename);
}, 120_000);

describe('the packed tarball', () => {
  const entries = () => execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
  const inTarball = (path: string) => execFileSync('tar', ['-xzOf', tarball, `package/${path}`], { encoding: 'utf8', maxBuffer: 64 << 20 });

  it('is MIT and holds nothing of the GPL-2.0 dictionary', () => {
    const manifest = JSON.parse(inTarball('package.json')) as { license: string; dependencies: Record<string, string> };
    expect(manifest.license).toBe('MIT');
    expect(inTarball('LICENSE')).toMatch(/^MIT License/);
    expect(manifest.dependencies['dictionary-cs']).toBe('4.0.0');
    const files = entries();
    expect(files).toContain('package/dist/cli.js');
    expect(files.filter((f) => /\.(dic|aff)$|\/forms\//.test(f))).toEqual([]);
    expect(files.every((f) => /^package\/(dist\/|pipelines\/|LICENSE$|README\.md$|package\.json$)/.test(f))).toBe(true);
    const register = JSON.parse(inTarball('dist/gazetteer/data/register.json')) as Record<string, unknown>;
    expect(register.municipalities).toHaveLength(6258);
    expect(register).not.toHaveProperty('forms');
  });
});

describe('installed from the tarball into a fresh folder', () => {
  beforeAll(() => {
    mkdirSync(app, { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'czdoc-user', private: true }));
    const install = spawnSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: app, encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
  }, 600_000);

  it('extracts the same records as the repository, making the case forms on first use', async () => {
    const documents = freshDocuments();
    const run = installed(['extract', documents, '--out', join(work, 'out'), '--no-progress']);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(join(dataDir, 'forms')).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    expect((await runCli(['extract', documents, '--out', join(work, 'repo-out'), '--no-progress'])).code).toBe(0);
    const records = readdirSync(join(work, 'out')).filter((f) => f.endsWith('.json') && !f.startsWith('_') && f !== 'schema.json');
    expect(records.length).toBe(readdirSync(documents).length);
    for (const f of records) expect(readFileSync(join(work, 'out', f), 'utf8'), f).toBe(readFileSync(join(work, 'repo-out', f), 'utf8'));
    const municipalities = records.flatMap((f) => (JSON.parse(readFileSync(join(work, 'out', f), 'utf8')) as { municipalities: unknown[] }).municipalities);
    expect(municipalities.length).toBeGreaterThan(0);
  });

  it('exports the records to SQLite', () => {
    const run = installed(['export', join(work, 'out'), '--sqlite', join(work, 'out.sqlite')]);
    expect(run.status, run.stderr).toBe(0);
    const db = new Database(join(work, 'out.sqlite'), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: readdirSync(join(work, 'documents')).length });
  });

  it('the GPL-2.0 dictionary is installed as its own package, not inside czdoc', () => {
    expect(existsSync(join(app, 'node_modules', 'dictionary-cs', 'index.dic'))).toBe(true);
    const czdoc = join(app, 'node_modules', 'czdoc');
    const files = readdirSync(czdoc, { recursive: true }) as string[];
    expect(files.filter((f) => /\.(dic|aff)$/.test(f))).toEqual([]);
  });
});
