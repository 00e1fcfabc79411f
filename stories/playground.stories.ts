import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './playground/playground.js';

/**
 * Write or change a quiz, explainer or checklist and see it live. The editor completes fields
 * and explains them (from the JSON Schemas), underlines every problem the widget would report,
 * and lists them; click one to jump to it. The widget on the right shows the document as soon as
 * it has no problems. Start from an example in any language, and download your file when done.
 * Nothing you type leaves this page. The full reference is "Authoring/Content reference".
 */
const meta: Meta = {
  title: 'Authoring/Playground',
  component: 'mend-playground',
  parameters: { layout: 'fullscreen', controls: { disable: true } },
};
export default meta;

export const Playground: StoryObj = {
  render: () => html`<mend-playground></mend-playground>`,
};
