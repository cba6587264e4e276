import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores in CI: one fork per core keeps the CLI and browser tests from starving each other.
    pool: 'forks',
    maxWorkers: 2,
    // The case forms are cached in a data directory of the run's own, never the user's.
    env: { CZDOC_DATA_DIR: mkdtempSync(join(tmpdir(), 'czdoc-test-data-')) },
  },
});
