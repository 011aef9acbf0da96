#!/usr/bin/env node
import { runCli } from '../dist/core/cli.js';

await runCli(process.argv.slice(2));
