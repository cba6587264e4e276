#!/usr/bin/env node
import { writeRecordLine } from './cli/stdout-guard.js';
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2), writeRecordLine);
