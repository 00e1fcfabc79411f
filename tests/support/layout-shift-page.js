// @ts-check
// One page for measuring the plain embed's layout shift, used by the browser test
// (tests/e2e/layout-shift.test.ts) and by `npm run bench`, so both measure the same thing: a post
// with the widget near the top, mendkit/reserve.css, and the script added after the first paint,
// as on a slow connection. Each shift not caused by input lands in `window.mendkitShifts`.

const words = 'Words of the post below the widget, which move if the widget grows once the page is on screen. ';

/**
 * @param {{ tag: string, lang: string, script: string, reserve?: boolean }} options
 *   `script`: the URL of mendkit.js; `reserve: false` leaves the stylesheet out (the control case).
 */
export function layoutShiftPage({ tag, lang, script, reserve = true }) {
  return `<!doctype html><html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${reserve ? '<link rel="stylesheet" href="/packages/mendkit/reserve.css">' : ''}
<script>
  window.mendkitShifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      const sources = e.sources.map((s) => (s.node ? s.node.nodeName : '?') + ' y ' + s.previousRect.y + '→' + s.currentRect.y);
      window.mendkitShifts.push({ value: e.value, sources });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  requestAnimationFrame(() => setTimeout(() => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '${script}';
    document.head.append(script);
  }, 50));
</script></head>
<body style="margin:0 1rem;font:16px/1.5 serif"><h1>A post</h1><p>${words}</p>
<${tag}></${tag}>${`<p>${words.repeat(5)}</p>`.repeat(10)}</body></html>`;
}
