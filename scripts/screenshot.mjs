// Screenshots Storybook stories in headless Chromium, to look at what a person sees.
//   node scripts/screenshot.mjs --dir storybook-static --out screenshots \
//     quiz--default quiz--default@320 quiz--default@dark ...
// A story id may end in @<width> (viewport width), @dark (prefers-color-scheme: dark),
// @print (print media) or several of these. Build Storybook first (npm run build-storybook).
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : args.splice(i, 2)[1];
};
const dir = option('--dir', 'storybook-static');
const out = option('--out', 'screenshots');
const height = Number(option('--height', '900'));
mkdirSync(out, { recursive: true });

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(dir, path);
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address();

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
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
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=story`);
    await page.waitForTimeout(800);
    const file = join(out, `${spec.replace(/[^\w.-]+/g, '_')}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
