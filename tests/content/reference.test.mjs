// docs/content.md: its field tables match the shipped schemas, and its walk-through works when
// followed literally, in plain Node (run by `npm run test:node` after the build).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { referencePath, render } from '../../scripts/content-reference.mjs';
import { kindNames } from '../../kinds.js';

const run = promisify(execFile);
const bin = resolve('packages/mendkit/bin/mendkit.js');
const mendkit = (args, cwd) => run(process.execPath, [bin, ...args], { cwd });

describe('docs/content.md', () => {
  it('has field tables generated from the current schemas (run scripts/content-reference.mjs if not)', async () => {
    const current = await readFile(referencePath, 'utf8');
    assert.ok(
      current === (await render(current)),
      `${referencePath} is stale: run "node scripts/content-reference.mjs"`,
    );
  });

  it('documents every field of every kind', async () => {
    const text = await readFile(referencePath, 'utf8');
    for (const kind of kindNames) {
      const schema = JSON.parse(await readFile(`packages/core/schemas/${kind}.schema.json`, 'utf8'));
      for (const name of Object.keys(schema.properties)) assert.ok(text.includes(`| \`${name}\``), `${kind}.${name}`);
      for (const name of Object.keys(schema.$defs ?? {})) assert.ok(text.includes(`#### ${name}\n`), `${kind} ${name}`);
    }
  });

  it('the walk-through works when followed literally: mendkit new, then the final document validates first time', async () => {
    const text = await readFile(referencePath, 'utf8');
    const [, block] = /<!-- walkthrough:final -->\s*```json\n([\s\S]*?)\n```/.exec(text) ?? [];
    assert.ok(block, 'the walk-through ends with its final JSON');
    // The commands are the doc's own, read from it.
    const commands = [...text.matchAll(/```sh\n(npx mendkit [^\n]+)\n```/g)].map((m) => m[1]);
    assert.deepEqual(commands, ['npx mendkit new quiz ready-to-talk', 'npx mendkit validate content/']);
    const scratch = await mkdtemp(join(tmpdir(), 'mendkit-walkthrough-'));
    try {
      await mendkit(commands[0].split(' ').slice(2), scratch);
      const file = join(scratch, 'content/quiz/ready-to-talk/en.json');
      assert.equal(JSON.parse(await readFile(file, 'utf8')).id, 'ready-to-talk');
      await writeFile(file, `${block}\n`);
      const { stdout } = await mendkit(commands[1].split(' ').slice(2), scratch);
      assert.equal(stdout, '1 file checked, no problems\n');
      assert.ok(text.includes('until it says `1 file checked, no problems`'));
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });
});
