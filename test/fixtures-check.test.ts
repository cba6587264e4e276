/** CI guard: `czdoc check` over all fixtures (seeds exact, the development and blind groups within their declared floors). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, runCli, SHARED } from './helpers.js';

it('czdoc check passes over every fixture', async () => {
  const result = await runCli(['check', '--junit', join(ROOT, 'output', 'czdoc-check.xml')]);
  if (result.code !== 0) process.stderr.write(result.stderr);
  expect(result.code).toBe(0);
  expect(result.stderr).toMatch(/PASS seeds — 20 document\(s\), 0 unexplained/);
  if (existsSync(join(SHARED, 'corpus', 'docs'))) {
    expect(result.stderr).toMatch(/PASS corpus — [1-9]\d+ document\(s\)/);
    expect(result.stderr).toMatch(/PASS blind — [1-9]\d+ document\(s\)/);
  } else expect(result.stderr).toMatch(/corpus fixture\(s\) were skipped/);
}, 180_000);
