import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
// Interface strings follow the widgets' language, as with the CDN bundle.
import '@mendkit/core/localize.js';
import { applyProperties, controlsFromManifest, manifest } from './manifest.js';
import { localeLoader, withLocale } from '../stories/support/locale.js';

setCustomElementsManifest(manifest);

import { widgetSelector as widgets } from '../kinds.js';

const preview: Preview = {
  // A docs page per widget, with its full API from the manifest.
  tags: ['autodocs'],
  argTypesEnhancers: [controlsFromManifest],
  globalTypes: {
    theme: {
      description: 'Widget theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['auto', 'light', 'dark'], dynamicTitle: true },
    },
    locale: {
      description: 'Language of the widgets (content and interface)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'fr', title: 'Français' },
          { value: 'de', title: 'Deutsch' },
          { value: 'ar', title: 'العربية' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Writing direction (auto follows the language)',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['auto', 'ltr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'auto', locale: 'en', direction: 'auto' },
  // Each story gets its kind's document in the toolbar's language (see stories/support/locale.ts).
  loaders: [localeLoader],
  decorators: [
    applyProperties,
    withLocale,
    (story, context) => {
      const theme = String(context.args.theme ?? context.globals.theme ?? 'auto');
      const locale = String(context.globals.locale ?? 'en');
      const direction = String(context.globals.direction ?? 'auto');
      const dark = theme === 'dark';
      // Widgets take their direction from their own dir or their language, so an explicit
      // choice is set on them once the story has rendered.
      const root: ParentNode = context.canvasElement instanceof Element ? context.canvasElement : document;
      requestAnimationFrame(() =>
        root.querySelectorAll<HTMLElement>(widgets).forEach((el) => {
          if (direction === 'auto') {
            if (el.dataset.storyDir) el.removeAttribute('dir');
          } else {
            el.dir = direction;
            el.dataset.storyDir = direction;
          }
        }),
      );
      // A page behind the widget, so light and dark read like a host site.
      return html`<div
        lang=${locale}
        style="padding: 1.5rem; min-height: 100vh; box-sizing: border-box; font-family: Georgia, serif; background: ${
          dark ? '#0d1117' : '#f6f7f9'
        }; color: ${dark ? '#e6e9ee' : '#1f2933'}"
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: { layout: 'fullscreen', controls: { expanded: true } },
};
export default preview;
