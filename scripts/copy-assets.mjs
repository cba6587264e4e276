#!/usr/bin/env node
// Copies the non-TypeScript files of src/ (the embedded gazetteer, review page assets) to dist/.
import { cpSync } from 'node:fs';
cpSync('src', 'dist', { recursive: true, filter: (src) => !src.endsWith('.ts') });
