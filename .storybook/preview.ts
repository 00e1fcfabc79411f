import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Widget theme',
      toolbar: { title: 'Theme', icon: 'contrast', items: ['auto', 'light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'auto' },
  decorators: [
    (story, context) => {
      const theme = String(context.args.theme ?? context.globals.theme ?? 'auto');
      const dark = theme === 'dark';
      // A page behind the widget, so light and dark read like a host site.
      return html`<div
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
