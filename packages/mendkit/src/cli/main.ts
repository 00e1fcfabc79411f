import { EXIT_OK, EXIT_USAGE, type Command, type Io } from './io.js';
import { head, headUsage } from './head.js';
import { newDocument, newUsage } from './new.js';
import { validate, validateUsage } from './validate.js';

export type { Io } from './io.js';

/**
 * `mendkit <command> ...`. Each command lives in its own module; add one by adding a row.
 * Only `@mendkit/core/content` and the build's file map are read (no lit, no DOM), so this runs in
 * plain Node.
 */
export const commands: Readonly<Record<string, { run: Command; summary: string; usage: string }>> = {
  validate: { run: validate, summary: 'check content documents and their translations', usage: validateUsage },
  new: { run: newDocument, summary: 'start a new quiz, explainer or checklist', usage: newUsage },
  head: { run: head, summary: "print a page's <head> lines, with preload hints", usage: headUsage },
  // Server rendering needs lit; loaded only when asked for, so validate and new stay lit-free.
  render: {
    run: async (argv) => (await import('./render.js')).render([...argv]),
    summary: 'render a widget to HTML that reads before JavaScript',
    usage: 'Usage: mendkit render <quiz|explainer|checklist> [--lang es] [--content file.json] > widget.html\n',
  },
};

export const usage = () =>
  `Usage: mendkit <command> [options]\n\nCommands:\n${Object.entries(commands)
    .map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)
    .join('\n')}\n\nRun "mendkit <command> --help" for a command's options.\n`;

/** Runs the CLI with arguments after the program name; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(usage());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const command = commands[name];
  if (!command) {
    io.err(`mendkit: unknown command "${name}"\n\n${usage()}`);
    return EXIT_USAGE;
  }
  return command.run(rest, io);
}
