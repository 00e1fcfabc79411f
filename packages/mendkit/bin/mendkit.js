#!/usr/bin/env node
// The `mendkit` command (npx mendkit validate content/). The code is in dist/cli/.
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
