/// <reference types="node" />
/**
 * `mendkit render <kind> [--lang es] [--content file.json] [--attr name=value ...] [--page]`:
 * writes a widget's server-rendered HTML to stdout, for static sites.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type * as Ssr from '../ssr.js';

const usage = `Usage: mendkit render <quiz|explainer|checklist> [options] > widget.html

Writes the widget as HTML that reads before any script runs (declarative shadow DOM,
content inlined). Load hydrate support before the widgets on that page (docs/ssr.md).

Options:
  --lang <code>         language of the built-in content and interface (default: en)
  --content <file>      your own content JSON instead of the built-in content
  --attr <name=value>   another attribute for the element (repeatable), e.g. --attr theme=dark
  --page                a whole HTML page (with the CDN scripts) instead of a fragment
  --cdn <url>           where --page loads mendkit from (default: jsDelivr, this version)
  -h, --help            this help
`;

export interface RenderCliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const stdio: RenderCliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs `mendkit render ...`; resolves to the process exit code. */
export async function render(argv: string[], io: RenderCliIo = stdio): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        content: { type: 'string' },
        attr: { type: 'string', multiple: true },
        page: { type: 'boolean' },
        cdn: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(usage);
    return 0;
  }
  const [kind, ...extra] = positionals;
  // Loaded here so `--help` answers without Lit's server renderer, an optional peer dependency.
  let ssr: typeof Ssr;
  try {
    ssr = await import('../ssr.js');
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    io.err('Server rendering needs Lit’s server renderer: npm install --save-dev @lit-labs/ssr\n');
    return 1;
  }
  const { renderWidget, widgetKinds, RenderWidgetError } = ssr;
  if (!kind || extra.length || !(widgetKinds as string[]).includes(kind)) {
    io.err(`Which widget? One of: ${widgetKinds.join(', ')}.\n\n${usage}`);
    return 2;
  }
  const attrs: Record<string, string> = {};
  for (const pair of values.attr ?? []) {
    const at = pair.indexOf('=');
    if (at < 1) {
      io.err(`--attr takes name=value, got "${pair}"\n`);
      return 2;
    }
    attrs[pair.slice(0, at)] = pair.slice(at + 1);
  }
  let content: unknown;
  if (values.content) {
    try {
      content = JSON.parse(await readFile(values.content, 'utf8')) as unknown;
    } catch (error) {
      const why = error instanceof SyntaxError ? `is not valid JSON: ${error.message}` : 'could not be read';
      io.err(`${values.content} ${why}\n`);
      return 1;
    }
  }
  const lang = values.lang ?? 'en';
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang)) {
    io.err(`--lang takes a language tag such as es or pt-BR, got "${lang}"\n`);
    return 2;
  }
  try {
    const html = await renderWidget({ kind: kind as (typeof widgetKinds)[number], lang, content, attrs });
    io.out(values.page ? await page(html, lang, values.cdn) : `${html}\n`);
    return 0;
  } catch (error) {
    if (error instanceof RenderWidgetError) {
      io.err(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

async function page(widget: string, lang: string, cdn: string | undefined): Promise<string> {
  const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  const base = (cdn ?? `https://cdn.jsdelivr.net/npm/mendkit@${version}/dist/`).replace(/\/?$/, '/');
  const { directionOf } = await import('@mendkit/core');
  const { hydrateHead } = await import('../preload.js');
  return `<!doctype html>
<html lang="${lang}" dir="${directionOf(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>mendkit</title>
${hydrateHead(base)}
</head>
<body>
${widget}
</body>
</html>
`;
}
