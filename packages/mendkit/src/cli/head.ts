import type { KindName } from '@mendkit/core/content';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, parseArgs, type Command } from './io.js';
import { embedHead, type ContentSource } from '../preload.js';

export const headUsage = `Usage: mendkit head <quiz|explainer|checklist> [more kinds] [options]

Prints the lines for a page's <head> that shows these widgets: reserve.css, a modulepreload
hint for each file their first screen needs, and each widget's own file as a module script.
The browser fetches everything at once, a round trip sooner than through mendkit.js. The
hinted file names change with each release: print the lines again after updating mendkit.
For widgets of other kinds added to the page later, add mendkit.js as well.

Options:
  --lang <code>       the page's language (default: en)
  --content <from>    built-in (default), stamped, inline (not stamped) or src
  --base <url>        the folder of mendkit's files, as the page links it (default: /mendkit/)
  -h, --help          this help
`;

const sources: readonly ContentSource[] = ['built-in', 'stamped', 'inline', 'src'];

/** `mendkit head ...`: the embed's <head> lines, with preload hints, on stdout. */
export const head: Command = async (args, io) => {
  const parsed = parseArgs(args, { lang: 'value', content: 'value', base: 'value', help: 'flag' });
  if (!parsed.ok) {
    io.err(`mendkit head: ${parsed.message}\n\n${headUsage}`);
    return EXIT_USAGE;
  }
  const { options, positional } = parsed;
  if (options.help) {
    io.out(headUsage);
    return EXIT_OK;
  }
  const content = (options.content ?? 'built-in') as ContentSource;
  if (!positional.length || !sources.includes(content)) {
    const why = positional.length ? `--content is one of ${sources.join(', ')}` : 'say which widgets the page shows';
    io.err(`mendkit head: ${why}\n\n${headUsage}`);
    return EXIT_USAGE;
  }
  try {
    const lines = embedHead({
      kinds: positional as KindName[],
      content,
      lang: typeof options.lang === 'string' ? options.lang : undefined,
      base: typeof options.base === 'string' ? options.base : undefined,
    });
    io.out(`${lines}\n`);
    return EXIT_OK;
  } catch (error) {
    // An unknown kind, or a mendkit without its built files.
    io.err(`${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_PROBLEMS;
  }
};
