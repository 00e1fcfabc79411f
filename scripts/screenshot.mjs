// Screenshots Storybook stories in headless Chromium, to look at what a person sees.
//   node scripts/screenshot.mjs --dir storybook-static --out screenshots \
//     quiz--default quiz--default@320 quiz--default@dark ...
// A story id may end in @<width> (viewport width), @dark (prefers-color-scheme: dark),
// @print (print media), a locale (@es, @fr, @de, @ar) or several of these. Build Storybook first (npm run build-storybook).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, serve } from './static-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args.splice(i, 2)[1];
};
const dir = option('--dir', 'storybook-static');
const out = option('--out', 'screenshots');
const height = Number(option('--height', '900'));
mkdirSync(out, { recursive: true });

const server = await serve(dir);

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const spec of args) {
    const [id, ...flags] = spec.split('@');
    const width = Number(flags.find((f) => /^\d+$/.test(f)) ?? 1000);
    const page = await browser.newPage({
      viewport: { width, height },
      colorScheme: flags.includes('dark') ? 'dark' : 'light',
    });
    if (flags.includes('print')) await page.emulateMedia({ media: 'print' });
    page.on('pageerror', (error) => console.error(`${spec}: page error: ${error.message}`));
    const locale = flags.find((f) => /^(en|es|fr|de|ar)$/.test(f));
    const globals = locale ? `&globals=locale:${locale}` : '';
    await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story${globals}`);
    await page.waitForTimeout(800);
    const file = join(out, `${spec.replace(/[^\w.-]+/g, '_')}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
