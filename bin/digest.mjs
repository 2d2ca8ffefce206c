#!/usr/bin/env node
// The `digest` command. Node >= 22.18 runs the TypeScript sources directly (type stripping);
// npm scripts and npx put node_modules/.bin first on PATH, where the `node@22` package lives.
import { main } from '../src/pipeline/cli.ts';

process.exitCode = await main(process.argv.slice(2));
