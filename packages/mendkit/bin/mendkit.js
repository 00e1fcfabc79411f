#!/usr/bin/env node
// mendkit's command line. Minimal dispatcher: `mendkit render ...` (see dist/cli/render.js).
import process from 'node:process';
const [command, ...args] = process.argv.slice(2);
if (command === 'render') {
  const { render } = await import('../dist/cli/render.js');
  process.exitCode = await render(args);
} else {
  process.stderr.write('Usage: mendkit render <quiz|explainer|checklist> [--lang es] [--content file.json]\n');
  process.exitCode = command === undefined || command === '--help' || command === '-h' ? 0 : 2;
}
