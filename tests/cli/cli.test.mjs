// The `mendkit` CLI in plain Node, against the build `npm test` just made (run by `npm run test:node`).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { checkFiles } from '../../packages/mendkit/dist/cli/check.js';
import { main } from '../../packages/mendkit/dist/cli/main.js';
import { canonicalJson, CURRENT_SCHEMA_VERSION, cyrb53, stamped } from '@mendkit/core/content';
import { kindNames } from '../../kinds.js';

const run = promisify(execFile);
const root = resolve('.');
const bin = join(root, 'packages/mendkit/bin/mendkit.js');

/** Runs the real bin; resolves with its exit code and output, whatever the code. */
async function mendkit(args, cwd = root) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

/** Runs main() in-process with captured output. */
async function cli(args, cwd = root) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t), cwd });
  return { code, out, err };
}

// A small valid quiz. Each broken case changes one thing and marks with ⟨ where the problem is.
const quiz = `{
  "kind": "quiz",
  "schemaVersion": 1,
  "id": "mini",
  "version": "1.0.0",
  "locale": "en",
  "title": "Mini",
  "intro": "Hello.",
  "support": { "label": "Help", "href": "https://example.org/help", "text": "Help is here." },
  "dimensions": [{ "id": "will", "label": "Willingness" }],
  "questions": [
    { "id": "safe", "prompt": "Safe?", "options": [{ "id": "yes", "label": "Yes" }, { "id": "no", "label": "No", "flags": ["safety"] }] },
    { "id": "q1", "prompt": "Ready?", "dimension": "will", "options": [{ "id": "a", "label": "A", "score": 0 }, { "id": "b", "label": "B", "score": 2 }] },
    { "id": "q2", "prompt": "Why?", "showIf": { "chosen": { "question": "q1", "option": "a" } }, "options": [{ "id": "c", "label": "C" }, { "id": "d", "label": "D" }] }
  ],
  "outcomes": [
    { "id": "support", "title": "Support", "body": "Safety first.", "rule": { "flag": "safety" } },
    { "id": "ok", "title": "OK", "body": "Fine.", "rule": { "dimension": "will", "atLeast": 0.5 } },
    { "id": "rest", "title": "Rest", "body": "Fallback." }
  ]
}
`;

const explainer = `{
  "kind": "explainer",
  "schemaVersion": 1,
  "id": "two-ideas",
  "version": "1.0.0",
  "locale": "en",
  "title": "Two ideas",
  "intro": "They differ.",
  "concepts": [
    { "id": "one", "name": "One", "definition": "The first.", "description": "More." },
    { "id": "two", "name": "Two", "definition": "The second.", "description": "More." }
  ],
  "comparison": [{ "id": "who", "aspect": "Who", "text": { "one": "You.", "two": "Both." } }]
}
`;

const checklist = `{
  "kind": "checklist",
  "schemaVersion": 1,
  "id": "acts",
  "version": "1.0.0",
  "locale": "en",
  "title": "Acts",
  "intro": "Small acts.",
  "groups": [
    { "id": "g1", "title": "First", "items": [{ "id": "call", "label": "Call" }, { "id": "walk", "label": "Walk", "cadence": "daily" }] },
    { "id": "g2", "title": "Second", "items": [{ "id": "write", "label": "Write" }] }
  ]
}
`;

/** Changes `from` to `to` in `base`; `to` marks the expected position with ⟨ (removed). */
function broken(base, from, to) {
  assert.ok(base.includes(from), `the base document contains ${from}`);
  const marked = base.replace(from, to);
  const at = marked.indexOf('⟨');
  assert.ok(at !== -1, 'the case marks where the problem is');
  const before = marked.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return { text: marked.replace('⟨', ''), line, column };
}

const cases = [
  ['a trailing comma', quiz, '"body": "Fallback." }', '"body": "Fallback.", ⟨}', '', 'comma before "}"'],
  ['single quotes', quiz, '"intro": "Hello."', '"intro": ⟨\'Hello.\'', '', 'single quotes'],
  ['a missing comma', quiz, '"title": "Mini",\n  "intro"', '"title": "Mini"\n  ⟨"intro"', '', 'expected "," or "}"'],
  [
    'an unknown kind',
    quiz,
    '"kind": "quiz"',
    '⟨"kind": "survey"',
    'kind',
    'should be one of "quiz", "explainer", "checklist"',
  ],
  [
    'a newer schemaVersion',
    quiz,
    '"schemaVersion": 1',
    '⟨"schemaVersion": 2',
    'schemaVersion',
    'newer than this version of mendkit',
  ],
  ['an id with spaces', quiz, '"id": "mini"', '⟨"id": "Mini Quiz"', 'id', 'lowercase id'],
  ['a version that is not semver', quiz, '"version": "1.0.0"', '⟨"version": "1.0"', 'version', 'semantic version'],
  ['a locale that is not a tag', quiz, '"locale": "en"', '⟨"locale": "english"', 'locale', 'language tag'],
  ['an empty title', quiz, '"title": "Mini"', '⟨"title": "  "', 'title', 'is empty'],
  ['an unknown field', quiz, '"intro": "Hello.",', '"intro": "Hello.",\n  ⟨"colour": "blue",', 'colour', 'not a field'],
  [
    'a score written as text',
    quiz,
    '"score": 2',
    '⟨"score": "2"',
    'questions[1].options[1].score',
    'should be a number, not text',
  ],
  ['a negative score', quiz, '"score": 0', '⟨"score": -1', 'questions[1].options[0].score', 'at least 0'],
  [
    'a repeated question id (one problem, no showIf noise)',
    quiz,
    '{ "id": "q2", "prompt": "Why?"',
    '{ ⟨"id": "q1", "prompt": "Why?"',
    'questions[2].id',
    'repeats the id "q1"',
  ],
  [
    'a showIf naming a later question',
    quiz,
    '"question": "q1", "option": "a"',
    '⟨"question": "q3", "option": "a"',
    'questions[2].showIf.chosen.question',
    'does not exist',
  ],
  [
    'a showIf naming an option the question lacks',
    quiz,
    '"question": "q1", "option": "a"',
    '"question": "q1", ⟨"option": "z"',
    'questions[2].showIf.chosen.option',
    'does not have',
  ],
  [
    'a rule naming an undeclared dimension',
    quiz,
    '"rule": { "dimension": "will"',
    '"rule": { ⟨"dimension": "trust"',
    'outcomes[1].rule.dimension',
    'does not exist',
  ],
  [
    'a question naming an undeclared dimension',
    quiz,
    '"prompt": "Ready?", "dimension": "will"',
    '"prompt": "Ready?", ⟨"dimension": "hope"',
    'questions[1].dimension',
    'does not exist',
  ],
  [
    'a javascript: support link',
    quiz,
    '"href": "https://example.org/help"',
    '⟨"href": "javascript:alert(1)"',
    'support.href',
    'should be a link',
  ],
  [
    'a javascript: link inside rich text',
    quiz,
    '"body": "Fine."',
    '⟨"body": "See [this](javascript:alert(1))."',
    'outcomes[1].body',
    'has a link to "javascript:',
  ],
  [
    'a rule on the last outcome',
    quiz,
    '"body": "Fallback."',
    '"body": "Fallback.", ⟨"rule": { "flag": "safety" }',
    'outcomes[2].rule',
    'last outcome is the fallback',
  ],
  [
    'a middle outcome without a rule',
    quiz,
    '"body": "Fine.", "rule": { "dimension": "will", "atLeast": 0.5 }',
    '"body": "Fine."',
    'outcomes[1].rule',
    'only the last outcome may have no rule',
    '⟨{ "id": "ok"',
  ],
  [
    'the safety outcome after a score rule',
    quiz,
    '{ "id": "support", "title": "Support", "body": "Safety first.", "rule": { "flag": "safety" } },\n    { "id": "ok", "title": "OK", "body": "Fine.", "rule": { "dimension": "will", "atLeast": 0.5 } },',
    '{ "id": "ok", "title": "OK", "body": "Fine.", "rule": { "dimension": "will", "atLeast": 0.5 } },\n    ⟨{ "id": "support", "title": "Support", "body": "Safety first.", "rule": { "flag": "safety" } },',
    'outcomes[1]',
    'must come before every outcome whose rule reads scores',
  ],
  ['a share above 1', quiz, '"atLeast": 0.5', '⟨"atLeast": 50', 'outcomes[1].rule.atLeast', 'at most 1'],
  [
    'a scale question without scaleLabels',
    quiz,
    '\n  ],\n  "outcomes"',
    ',\n    { "id": "q3", "prompt": "Scale?", "dimension": "will", "scale": {} }\n  ],\n  "outcomes"',
    'scaleLabels',
    'scale questions show these five labels',
    '⟨{\n  "kind"',
  ],
  [
    'options and a scale',
    quiz,
    '"prompt": "Ready?",',
    '"prompt": "Ready?", "scale": {},',
    'questions[1]',
    'either "options" or "scale"',
    '    ⟨{ "id": "q1"',
  ],
  [
    '"rather not say" with a score',
    quiz,
    '{ "id": "a", "label": "A", "score": 0 }',
    '{ "id": "a", "label": "A", ⟨"score": 0, "preferNotToSay": true }',
    'questions[1].options[0].score',
    'never scored',
  ],
  [
    'a flag rule no option raises',
    quiz,
    '"rule": { "flag": "safety" } },\n    { "id": "ok"',
    '"rule": { "flag": "safety" } },\n    { "id": "odd", "title": "Odd", "body": "Odd.", "rule": { ⟨"flag": "fear" } },\n    { "id": "ok"',
    'outcomes[1].rule.flag',
    'no option raises',
  ],
  [
    'an explainer row missing a concept',
    explainer,
    '"text": { "one": "You.", "two": "Both." }',
    '⟨"text": { "one": "You." }',
    'comparison[0].text',
    'no text for the concept "two"',
  ],
  [
    'three concepts',
    explainer,
    '"concepts": [',
    '⟨"concepts": [\n    { "id": "three", "name": "Three", "definition": "A third.", "description": "More." },',
    'concepts',
    'should have exactly 2 items',
  ],
  [
    'an unknown cadence',
    checklist,
    '"cadence": "daily"',
    '⟨"cadence": "monthly"',
    'groups[0].items[1].cadence',
    'should be one of "once", "daily", "weekly"',
  ],
  [
    'an item id repeated in another group',
    checklist,
    '{ "id": "write", "label": "Write" }',
    '{ ⟨"id": "call", "label": "Write" }',
    'groups[1].items[0].id',
    'repeats the id "call"',
  ],
  ['not an object', '[]\n', '[]', '⟨[]', '', 'should be a JSON object'],
];

describe('mendkit validate: broken documents, one problem each, with path, line and column', () => {
  it(`has at least 20 cases (${cases.length})`, () => assert.ok(cases.length >= 20));
  for (const [name, base, from, to, path, message, markedFrom] of cases) {
    it(name, () => {
      // Cases that remove text mark the expected position in the base instead.
      const doc = markedFrom
        ? broken(base.replace(from, to), markedFrom.replace('⟨', ''), markedFrom)
        : broken(base, from, to);
      const problems = checkFiles([{ name: 'doc.json', text: doc.text }]);
      assert.equal(problems.length, 1, JSON.stringify(problems, null, 2));
      const [problem] = problems;
      assert.equal(problem.file, 'doc.json');
      assert.equal(problem.path, path);
      assert.ok(problem.message.includes(message), problem.message);
      assert.deepEqual([problem.line, problem.column], [doc.line, doc.column], `${problem.path}: ${problem.message}`);
    });
  }

  it('the three small bases are valid', () => {
    const files = [quiz, explainer, checklist].map((text, i) => ({ name: `${i}.json`, text }));
    assert.deepEqual(checkFiles(files), []);
  });
});

describe('mendkit validate: files and folders', () => {
  let scratch;
  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'mendkit-cli-'));
  });
  after(() => rm(scratch, { recursive: true, force: true }));

  it('passes the default content (exit 0)', async () => {
    const result = await mendkit(['validate', 'content/']);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    // Every document in content/, however many the repository holds.
    const files = (await readdir('content', { recursive: true })).filter((f) => f.endsWith('.json'));
    assert.match(result.stdout, new RegExp(`^${files.length} files checked, no problems$`, 'm'));
  });

  it('finds the translation that lost an item, and the file named after the wrong id and locale', async () => {
    const folder = join(scratch, 'content/checklist/acts');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'en.json'), checklist);
    const es = JSON.parse(checklist);
    es.locale = 'es';
    es.groups[0].items.splice(1, 1); // the translator lost "walk"
    await writeFile(join(folder, 'es.json'), JSON.stringify(es, null, 2));
    const fr = { ...JSON.parse(checklist), locale: 'de', id: 'acts' };
    await writeFile(join(folder, 'fr.json'), JSON.stringify(fr, null, 2));
    const result = await mendkit(['validate', 'content'], scratch);
    assert.equal(result.code, 1);
    assert.equal(
      result.stdout,
      [
        'content/checklist/acts/es.json:13:7  groups[0].items: has no item with the id "walk", which en.json has',
        'content/checklist/acts/fr.json:6:3  locale: is "de", but the file is named "fr.json"',
        '2 problems in 2 files (3 files checked)',
        '',
      ].join('\n'),
    );
  });

  it('--format json gives every problem with file, path, line, column and message', async () => {
    const bad = broken(quiz, '"score": 2', '⟨"score": "2"');
    await writeFile(join(scratch, 'bad.json'), bad.text);
    const result = await mendkit(['validate', '--format', 'json', 'bad.json'], scratch);
    assert.equal(result.code, 1);
    assert.deepEqual(JSON.parse(result.stdout), {
      files: 1,
      problems: [
        {
          file: 'bad.json',
          path: 'questions[1].options[1].score',
          line: bad.line,
          column: bad.column,
          message: 'should be a number, not text',
        },
      ],
    });
  });

  it('exits 2 on usage errors', async () => {
    assert.equal((await mendkit([])).code, 2);
    assert.equal((await mendkit(['frobnicate'])).code, 2);
    assert.equal((await mendkit(['validate'])).code, 2);
    assert.equal((await mendkit(['validate', '--format', 'xml', 'content'])).code, 2);
    assert.equal((await mendkit(['validate', '--colour', 'content'])).code, 2);
    const missing = await mendkit(['validate', 'no/such/folder']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read "no\/such\/folder"/);
    assert.equal((await cli(['validate', '--help'])).code, 0);
  });

  it('mendkit new writes valid starting documents in each locale, with $schema, and never overwrites', async () => {
    for (const kind of kindNames) {
      const created = await cli(['new', kind, `my-${kind}`, '--locales', 'en,es'], scratch);
      assert.equal(created.code, 0, created.err);
      const doc = JSON.parse(await readFile(join(scratch, `content/${kind}/my-${kind}/es.json`), 'utf8'));
      assert.equal(doc.$schema, `https://cdn.jsdelivr.net/npm/@mendkit/core/schemas/${kind}.schema.json`);
      assert.equal(doc.locale, 'es');
      const checked = await cli(['validate', `content/${kind}/my-${kind}`], scratch);
      assert.equal(checked.code, 0, checked.out);
    }
    const again = await cli(['new', 'quiz', 'my-quiz'], scratch);
    assert.equal(again.code, 1);
    assert.match(again.err, /not overwriting/);
    assert.equal((await cli(['new', 'poll', 'x'], scratch)).code, 2);
    assert.equal((await cli(['new', 'quiz', 'Not An Id'], scratch)).code, 2);
  });

  it('points $schema at the installed @mendkit/core schema when there is one', async () => {
    await cp(join(root, 'packages/core/schemas'), join(scratch, 'node_modules/@mendkit/core/schemas'), {
      recursive: true,
    });
    await cli(['new', 'checklist', 'local', '--dir', 'site/content'], scratch);
    const doc = JSON.parse(await readFile(join(scratch, 'site/content/checklist/local/en.json'), 'utf8'));
    assert.equal(doc.$schema, '../../../../node_modules/@mendkit/core/schemas/checklist.schema.json');
  });
});

describe('mendkit CLI in plain Node', () => {
  it('loads no lit module (only @mendkit/core/content and zod)', async () => {
    // A resolve hook records every module the CLI's graph loads.
    const hooks = `export async function resolve(s, c, next) { const r = await next(s, c); process.send?.(r.url); console.error('LOADED ' + r.url); return r; }`;
    const register = `import { register } from 'node:module'; register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}));`;
    const { stderr, stdout } = await run(
      process.execPath,
      ['--import', `data:text/javascript,${encodeURIComponent(register)}`, bin, 'validate', 'content/quiz'],
      { cwd: root },
    );
    assert.match(stdout, /no problems/);
    const loaded = stderr
      .split('\n')
      .filter((l) => l.startsWith('LOADED '))
      .map((l) => l.slice(7));
    assert.ok(
      loaded.some((u) => u.includes('/packages/core/dist/content/')),
      'core content was loaded',
    );
    assert.ok(
      loaded.some((u) => u.includes('/zod/')),
      'zod was loaded',
    );
    assert.deepEqual(
      loaded.filter((u) => /\/(lit|lit-html|lit-element|@lit\/[^/]+)\//.test(u)),
      [],
    );
    assert.deepEqual(
      loaded.filter((u) => /\/packages\/core\/dist\/(element|index)/.test(u)),
      [],
    );
  });
});

describe('mendkit validate --stamp: validate once, and the widget trusts an intact stamp', () => {
  let scratch;
  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'mendkit-stamp-'));
  });
  after(() => rm(scratch, { recursive: true, force: true }));
  const read = async (name) => JSON.parse(await readFile(join(scratch, name), 'utf8'));

  it('stamps a valid file in place; the stamped file is still valid and the stamp holds', async () => {
    await writeFile(join(scratch, 'quiz.json'), quiz);
    const result = await mendkit(['validate', '--stamp', 'quiz.json'], scratch);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /^1 file stamped$/m);
    const doc = await read('quiz.json');
    assert.match(doc.$validated, /^1:[0-9a-f]{14}$/);
    assert.equal(Object.keys(doc)[0], '$validated');
    const { $validated, ...rest } = doc;
    assert.deepEqual(stamped('quiz', doc, CURRENT_SCHEMA_VERSION), rest);
    // Validating a stamped file again is fine, and so is stamping it twice.
    assert.equal((await mendkit(['validate', '--stamp', 'quiz.json'], scratch)).code, 0);
    assert.equal((await read('quiz.json')).$validated, $validated);
  });

  it('an edit, another kind or another schema version breaks the stamp; key order does not', async () => {
    await writeFile(join(scratch, 'q.json'), quiz);
    await mendkit(['validate', '--stamp', 'q.json'], scratch);
    const doc = await read('q.json');
    const reordered = Object.fromEntries(Object.entries(doc).reverse());
    assert.ok(stamped('quiz', reordered, CURRENT_SCHEMA_VERSION));
    assert.equal(stamped('quiz', { ...doc, title: doc.title + '!' }, CURRENT_SCHEMA_VERSION), undefined);
    const options = structuredClone(doc);
    options.questions[0].options[0].score += 1;
    assert.equal(stamped('quiz', options, CURRENT_SCHEMA_VERSION), undefined);
    assert.equal(stamped('explainer', doc, CURRENT_SCHEMA_VERSION), undefined);
    assert.equal(stamped('quiz', doc, CURRENT_SCHEMA_VERSION + 1), undefined);
    assert.equal(stamped('quiz', { ...doc, $validated: 'nonsense' }, CURRENT_SCHEMA_VERSION), undefined);
    // $schema is for editors: pointing it elsewhere keeps the stamp.
    assert.ok(stamped('quiz', { ...doc, $schema: 'elsewhere.json' }, CURRENT_SCHEMA_VERSION));
    // mendkit validate notes a stale stamp without failing.
    await writeFile(join(scratch, 'stale.json'), JSON.stringify({ ...doc, title: 'Edited by hand' }));
    const stale = await mendkit(['validate', 'stale.json'], scratch);
    assert.equal(stale.code, 0);
    assert.match(stale.stderr, /stamp of stale\.json no longer matches/);
    assert.equal((await mendkit(['validate', 'q.json'], scratch)).stderr, '');
    // The edited document is still checked in full, stamp and all (the validator ignores the stamp).
    const edited = { ...doc, title: 'Changed' };
    assert.deepEqual(checkFiles([{ name: 'e.json', text: JSON.stringify(edited) }]), []);
    const broken = { ...doc, title: '' };
    assert.equal(checkFiles([{ name: 'b.json', text: JSON.stringify(broken) }])[0]?.path, 'title');
  });

  it('writes the document as the widget reads it: defaults filled in', async () => {
    await writeFile(join(scratch, 'checklist.json'), checklist);
    await mendkit(['validate', '--stamp', 'checklist.json'], scratch);
    const doc = await read('checklist.json');
    assert.ok(stamped('checklist', doc, CURRENT_SCHEMA_VERSION));
    const items = doc.groups.flatMap((g) => g.items);
    assert.ok(
      items.every((item) => typeof item.cadence === 'string'),
      'every item has its cadence',
    );
  });

  it('--out writes elsewhere; files with problems are not stamped', async () => {
    await writeFile(join(scratch, 'src.json'), quiz);
    const out = await mendkit(['validate', '--stamp', 'src.json', '--out', 'stamped.json'], scratch);
    assert.equal(out.code, 0, out.stderr);
    assert.equal(await readFile(join(scratch, 'src.json'), 'utf8'), quiz);
    assert.ok((await read('stamped.json')).$validated);
    const bad = JSON.stringify({ ...JSON.parse(quiz), title: '' });
    await writeFile(join(scratch, 'bad.json'), bad);
    const result = await mendkit(['validate', '--stamp', 'bad.json'], scratch);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^0 files stamped$/m);
    assert.equal(await readFile(join(scratch, 'bad.json'), 'utf8'), bad);
    assert.equal((await mendkit(['validate', '--out', 'x.json', 'src.json'], scratch)).code, 2);
  });

  it('a document built to misbehave is not trusted and does not throw', () => {
    const cyclic = { kind: 'quiz', $validated: '1:00000000000000' };
    cyclic.self = cyclic;
    assert.equal(stamped('quiz', cyclic, CURRENT_SCHEMA_VERSION), undefined);
    const hostile = {
      kind: 'quiz',
      $validated: '1:00000000000000',
      get title() {
        throw new Error('no');
      },
    };
    assert.equal(stamped('quiz', hostile, CURRENT_SCHEMA_VERSION), undefined);
    for (const value of [null, 'quiz', [], 42]) assert.equal(stamped('quiz', value, CURRENT_SCHEMA_VERSION), undefined);
  });

  it('the hash is the documented cyrb53 over sorted-key JSON', () => {
    assert.equal(
      canonicalJson({ b: [1, { d: 1, c: null }], a: 'x', $validated: 'y' }),
      '{"a":"x","b":[1,{"c":null,"d":1}]}',
    );
    // cyrb53("a") is 7929297801672961 in the reference implementation (bryc), here in hex.
    assert.equal(cyrb53('a'), (7929297801672961).toString(16).padStart(14, '0'));
    assert.notEqual(cyrb53('a'), cyrb53('b'));
    assert.match(cyrb53('mendkit'), /^[0-9a-f]{14}$/);
  });
});

describe('mendkit head (preload hints)', () => {
  const dist = join(root, 'packages/mendkit/dist');
  let files;
  before(async () => {
    files = JSON.parse(await readFile(join(dist, 'files.json'), 'utf8'));
  });
  const hinted = (out) => [...out.matchAll(/<link rel="modulepreload" href="\/mendkit\/([^"]+)">/g)].map((m) => m[1]);

  it('loads a stamped quiz page from the quiz file, with its shared chunk hinted, and nothing else', async () => {
    const { code, out } = await cli(['head', 'quiz', '--content', 'stamped']);
    assert.equal(code, 0);
    const [entry, ...chunks] = files['mend-quiz'];
    assert.deepEqual(hinted(out), chunks);
    assert.match(chunks[0], /^chunks\/mendkit-core-[\w-]+\.js$/);
    assert.match(out, /^<link rel="stylesheet" href="\/mendkit\/reserve\.css">\n/);
    // The widget's own file, after the hints (they are found first, so all start together).
    assert.ok(out.endsWith(`<script type="module" src="/mendkit/${entry}"></script>\n`), out);
    assert.doesNotMatch(out, /mendkit\.js/);
  });

  const scripts = (out) => [...out.matchAll(/<script type="module" src="\/mendkit\/([^"]+)">/g)].map((m) => m[1]);

  it('adds the checker for unstamped inline content, and strings and content for the language', async () => {
    const { out } = await cli(['head', 'quiz', '--content', 'inline']);
    // The validator runs before the widget, so the widget finds it loaded (its chunks are hinted).
    const [validator, ...validatorChunks] = files['validate-quiz'];
    assert.deepEqual(scripts(out), [validator, 'mend-quiz.js']);
    assert.match(validator, /^chunks\/validate-quiz-/);
    for (const chunk of validatorChunks) assert.ok(hinted(out).includes(chunk), `${chunk} is hinted`);
    assert.ok(hinted(out).some((f) => /^chunks\/validate-shared-/.test(f)));
    // The strings and built-in content run before the widgets too, each once; the shared chunk is hinted.
    const both = (await cli(['head', 'quiz', 'checklist', '--lang', 'es-MX'])).out;
    assert.deepEqual(scripts(both), [
      files['strings-es'][0],
      files['quiz-content-es'][0],
      files['checklist-content-es'][0],
      'mend-quiz.js',
      'mend-checklist.js',
    ]);
    assert.deepEqual(hinted(both), [files['mend-quiz'][1]]);
    // A language without built-in content falls back to the English content, as the widget does.
    assert.ok(scripts((await cli(['head', 'quiz', '--lang', 'nl'])).out).some((f) => /quiz-content-en-/.test(f)));
  });

  it('hints only files the build has, for every kind and language', async () => {
    for (const kind of kindNames)
      for (const lang of ['en', 'es', 'fr', 'de', 'ar'])
        for (const content of ['built-in', 'inline']) {
          const { out } = await cli(['head', kind, '--lang', lang, '--content', content]);
          const named = [...out.matchAll(/(?:href|src)="\/mendkit\/([^"]+)"/g)].map((m) => m[1]);
          assert.equal(
            named.length,
            hinted(out).length + scripts(out).length + 1,
            'the hints, reserve.css and the scripts',
          );
          assert.equal(scripts(out).at(-1), `mend-${kind}.js`, 'the widget runs last');
          for (const file of named) await readFile(join(dist, file));
        }
  });

  it('writes the base given, and names an unknown kind or source', async () => {
    const { out } = await cli(['head', 'explainer', '--base', 'https://example.org/js/mendkit']);
    assert.match(out, /src="https:\/\/example\.org\/js\/mendkit\/mend-explainer\.js"/);
    const unknown = await cli(['head', 'poll']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.err, /no widget of kind "poll" \(known: .*quiz/);
    const source = await cli(['head', 'quiz', '--content', 'remote']);
    assert.equal(source.code, 2);
    assert.match(source.err, /--content is one of built-in, stamped, inline, src/);
    assert.equal((await cli(['head'])).code, 2);
  });
});
