// The CDN files as the build wrote them (the test runner's server rewrites what it serves, so
// these are read from disk). Run by `npm run test:node` after the build.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const dist = 'packages/mendkit/dist';
const files = JSON.parse(readFileSync(join(dist, 'files.json'), 'utf8'));
const read = (file) => readFileSync(join(dist, file), 'utf8');

describe('CDN files', () => {
  const hinted = (file) => read(file).startsWith('//# allFunctionsCalledOnLoad\n');

  it('mark the shared chunk, the widget files and the validator for eager compiling (V8 compile hints)', () => {
    const keys = Object.keys(files).filter((key) => key.startsWith('mend-') || key.startsWith('validate-'));
    const marked = [...new Set(keys.flatMap((key) => files[key]))];
    assert.ok(
      marked.some((file) => /^chunks\/mendkit-core-/.test(file)),
      'the shared chunk is among them',
    );
    assert.ok(
      marked.some((file) => /^chunks\/validate-shared-/.test(file)),
      "the validator's shared part too",
    );
    for (const file of marked) assert.ok(hinted(file), file);
  });

  it('leave data to lazy compiling: interface strings and built-in content', () => {
    for (const key of ['strings-es', 'quiz-content-en', 'checklist-content-ar']) assert.ok(!hinted(files[key][0]), key);
  });
});
