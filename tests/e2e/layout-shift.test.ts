import { clearStores } from '@mendkit/core';
import { expect, waitUntil } from '@open-wc/testing';
import { widgetTags } from '../../kinds.js';
import { layoutShiftPage } from '../support/layout-shift-page.js';

// The plain embed (one <link> to mendkit/reserve.css, one script tag) must not move the page:
// cumulative layout shift ≤ 0.01 at 360 and 1280 px, measured with PerformanceObserver in an
// iframe of that width. The script is added after the first paint, as on a slow connection,
// so the widget is seen before it upgrades.

type Widget = HTMLElement & { status: string; updateComplete: Promise<boolean> };
type ShiftWindow = Window & { mendkitShifts: { value: number; sources: string[] }[] };

const BUDGET = 0.01;

async function shiftOf(tag: string, lang: string, width: number, reserve = true) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:800px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = layoutShiftPage({ tag, lang, reserve, script: '/packages/mendkit/dist/mendkit.js' });
  document.body.append(frame);
  try {
    await loaded;
    const win = frame.contentWindow as ShiftWindow & typeof globalThis;
    const el = () => frame.contentDocument!.querySelector<Widget>(tag)!;
    await waitUntil(() => el().status === 'ready', `${tag} (${lang}, ${width}px) did not get ready`, { timeout: 8000 });
    await el().updateComplete;
    // Let the last frames paint and the observer report.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const shifts = win.mendkitShifts;
    return { total: shifts.reduce((sum, s) => sum + s.value, 0), detail: JSON.stringify(shifts) };
  } finally {
    frame.remove();
  }
}

describe('layout shift of the plain embed', () => {
  // A first visit: progress saved by other tests on this origin would resume a taller screen.
  beforeEach(() => clearStores('mendkit:'));

  for (const tag of widgetTags)
    for (const lang of ['en', 'ar'])
      for (const width of [360, 1280])
        it(`${tag}, ${lang}, ${width} px: ≤ ${BUDGET}`, async () => {
          const { total, detail } = await shiftOf(tag, lang, width);
          expect(total, detail).to.be.at.most(BUDGET);
        });

  it('the measurement sees a shift when nothing holds the place (the control case)', async () => {
    const { total } = await shiftOf('mend-quiz', 'en', 360, false);
    expect(total).to.be.above(BUDGET);
  });
});
