/// <reference types="node" />
import { validateKind, type KindName } from '@mendkit/core/content';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseArgs, type Command } from './io.js';

export const newUsage = `Usage: mendkit new <quiz|explainer|checklist> <id> [--locales en,es] [--dir content]

Writes a valid starting document for each locale to <dir>/<kind>/<id>/<locale>.json, with
"$schema" set so editors complete and check it. Replace the placeholder words, then run
"mendkit validate <dir>". Existing files are never overwritten.`;

const schemaUrl = (kind: KindName) => `https://cdn.jsdelivr.net/npm/@mendkit/core/schemas/${kind}.schema.json`;
const kebabId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const localeTag = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/;

/** Starting words for each kind: short, valid, and showing the fields a coach needs first. */
function starter(kind: KindName): Record<string, unknown> {
  if (kind === 'quiz')
    return {
      title: 'Your quiz title',
      intro: 'A sentence or two on what this quiz helps with. It is a reflection aid, not a diagnosis.',
      scaleLabels: ['Strongly disagree', 'Disagree', 'Not sure', 'Agree', 'Strongly agree'],
      support: {
        label: 'Find support',
        href: 'https://example.org/replace-with-your-help-page',
        text: 'If you feel unsafe, reaching someone you trust or a help line comes first.',
      },
      dimensions: [{ id: 'willingness', label: 'Willingness', description: 'Whether you both want to try.' }],
      questions: [
        {
          id: 'feel-safe',
          prompt: 'Do you feel safe with this person?',
          options: [
            { id: 'yes', label: 'Yes' },
            { id: 'not-always', label: 'Not always', flags: ['safety'] },
            { id: 'rather-not-say', label: "I'd rather not say", preferNotToSay: true },
          ],
        },
        { id: 'both-want', prompt: 'We both want to work on this.', dimension: 'willingness', scale: {} },
      ],
      outcomes: [
        {
          id: 'safety-first',
          title: 'Your safety comes first',
          body: 'What you said matters. Before anything else, please reach out for support.',
          rule: { flag: 'safety' },
        },
        {
          id: 'ground-to-build-on',
          title: 'There is ground to build on',
          body: 'You both seem willing to try. Small, steady steps help most.',
          rule: { dimension: 'willingness', atLeast: 0.6 },
        },
        { id: 'not-yet', title: 'Not yet', body: 'Willingness is low right now. That can change, and you can too.' },
      ],
    };
  if (kind === 'explainer')
    return {
      title: 'Your comparison title',
      intro: 'Why these two ideas get mixed up, and what the comparison shows.',
      concepts: [
        { id: 'first-idea', name: 'First idea', definition: 'What it is, in one sentence.', description: 'A little more about it.' }, // prettier-ignore
        { id: 'second-idea', name: 'Second idea', definition: 'What it is, in one sentence.', description: 'A little more about it.' }, // prettier-ignore
      ],
      comparison: [
        {
          id: 'who-takes-part',
          aspect: 'Who takes part',
          text: {
            'first-idea': 'How the first idea answers this.',
            'second-idea': 'How the second idea answers this.',
          },
        },
      ],
    };
  return {
    title: 'Your checklist title',
    intro: 'What these actions are for, and that ticking them is for you alone.',
    groups: [
      {
        id: 'first-steps',
        title: 'First steps',
        items: [
          { id: 'name-one-feeling', label: 'Name one feeling out loud' },
          { id: 'keep-a-promise', label: 'Keep one small promise', cadence: 'daily' },
        ],
      },
    ],
  };
}

/** Where "$schema" should point: the installed @mendkit/core schema when there is one, else the CDN. */
function schemaFor(kind: KindName, folder: string, cwd: string): string {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', '@mendkit', 'core', 'schemas', `${kind}.schema.json`);
    if (existsSync(file)) return relative(folder, file).split(sep).join('/');
    if (dirname(dir) === dir) return schemaUrl(kind);
  }
}

export const newDocument: Command = async (args, io) => {
  const parsed = parseArgs(args, { locales: 'value', dir: 'value', help: 'flag' });
  if (!parsed.ok) {
    io.err(`mendkit new: ${parsed.message}\n\n${newUsage}\n`);
    return EXIT_USAGE;
  }
  if (parsed.options.help) {
    io.out(`${newUsage}\n`);
    return EXIT_OK;
  }
  const [kind, id, ...extra] = parsed.positional;
  if (kind !== 'quiz' && kind !== 'explainer' && kind !== 'checklist') {
    io.err(`mendkit new: say which kind: quiz, explainer or checklist\n\n${newUsage}\n`);
    return EXIT_USAGE;
  }
  if (id === undefined || !kebabId.test(id) || extra.length) {
    io.err(`mendkit new: give one id of lowercase letters, digits and dashes, like "my-quiz"\n\n${newUsage}\n`);
    return EXIT_USAGE;
  }
  const locales = String(parsed.options.locales ?? 'en')
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  const wrong = locales.find((l) => !localeTag.test(l));
  if (wrong !== undefined || !locales.length) {
    io.err(`mendkit new: "${wrong ?? ''}" is not a language tag like "en" or "es-MX"\n`);
    return EXIT_USAGE;
  }
  const folder = resolve(io.cwd, String(parsed.options.dir ?? 'content'), kind, id);
  const targets = locales.map((locale) => ({ locale, file: join(folder, `${locale}.json`) }));
  const existing = targets.filter((t) => existsSync(t.file));
  if (existing.length) {
    io.err(`mendkit new: not overwriting ${existing.map((t) => relative(io.cwd, t.file)).join(', ')}\n`);
    return EXIT_PROBLEMS;
  }
  await mkdir(folder, { recursive: true });
  for (const { locale, file } of targets) {
    const doc = { $schema: schemaFor(kind, folder, io.cwd), kind, schemaVersion: 1, id, version: '1.0.0', locale, ...starter(kind) }; // prettier-ignore
    // The starter must always be valid; a failure here is a bug in mendkit, not in the person's input.
    const checked = validateKind(kind, doc);
    if (!checked.ok)
      throw new Error(`mendkit new: the ${kind} starter is invalid: ${JSON.stringify(checked.problems)}`);
    await writeFile(file, `${JSON.stringify(doc, null, 2)}\n`, { flag: 'wx' });
    io.out(`created ${relative(io.cwd, file).split(sep).join('/')}\n`);
  }
  io.out(
    `Replace the placeholder words (and the support link), then run: npx mendkit validate ${relative(io.cwd, folder).split(sep).join('/') || '.'}\n`,
  );
  return EXIT_OK;
};
