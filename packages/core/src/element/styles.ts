import { css } from 'lit';

/*
 * Public theme tokens are `--mend-*`; private ones `--_mend-*` carry the defaults.
 * The font always comes from the page. Colours are a light and a dark palette so that
 * text contrast stays AA whatever the page around the widget looks like.
 */
const light = css`
  --_mend-surface: var(--mend-color-surface, #ffffff);
  --_mend-text: var(--mend-color-text, #1f2933);
  --_mend-muted: var(--mend-color-muted, #52606d);
  --_mend-accent: var(--mend-color-accent, #2a5db0);
  --_mend-on-accent: var(--mend-color-on-accent, #ffffff);
  --_mend-accent-soft: var(--mend-color-accent-soft, #e9f0fb);
  --_mend-border: var(--mend-color-border, #c5cdd8);
  --_mend-track: var(--mend-color-track, #dfe5ec);
  --_mend-danger: var(--mend-color-danger, #b3261e);
  --_mend-danger-soft: var(--mend-color-danger-soft, #fdeeec);
  color-scheme: light;
`;

const dark = css`
  --_mend-surface: var(--mend-color-surface, #161b22);
  --_mend-text: var(--mend-color-text, #e6e9ee);
  --_mend-muted: var(--mend-color-muted, #a9b4c2);
  --_mend-accent: var(--mend-color-accent, #8fb4ff);
  --_mend-on-accent: var(--mend-color-on-accent, #0b1526);
  --_mend-accent-soft: var(--mend-color-accent-soft, #1f2b40);
  --_mend-border: var(--mend-color-border, #3d4757);
  --_mend-track: var(--mend-color-track, #2e3744);
  --_mend-danger: var(--mend-color-danger, #ffb4ab);
  --_mend-danger-soft: var(--mend-color-danger-soft, #3b1d1b);
  color-scheme: dark;
`;

/** Theme tokens and the host box every widget shares. */
export const tokens = css`
  :host {
    ${light}
    --_mend-radius: var(--mend-radius, 0.75rem);
    --_mend-space: var(--mend-space, 1rem);
    --_mend-focus: var(--mend-color-focus, var(--_mend-accent));
    display: block;
    container-type: inline-size;
    font-family: var(--mend-font-family, inherit);
    font-size: var(--mend-font-size, inherit);
    line-height: var(--mend-line-height, 1.5);
    text-align: start;
    color: var(--_mend-text);
    /* The page's font is welcome; its typographic tricks (spacing, casing, indents) are not. */
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;

/** The card, buttons, focus ring and helpers every widget and the error panel use. */
export const controls = css`
  .base {
    background: var(--_mend-surface);
    border: 1px solid var(--_mend-border);
    border-radius: var(--_mend-radius);
    padding: clamp(0.75rem, 4cqi, 1.75rem);
  }
  .button {
    font: inherit;
    line-height: 1.25;
    min-block-size: 2.75rem;
    padding: 0.625rem 1.125rem;
    border-radius: calc(var(--_mend-radius) * 0.75);
    border: 1px solid var(--_mend-accent);
    background: var(--_mend-surface);
    color: var(--_mend-accent);
    cursor: pointer;
  }
  .button.primary {
    background: var(--_mend-accent);
    color: var(--_mend-on-accent);
  }
  .button:hover {
    background: var(--_mend-accent-soft);
  }
  .button.primary:hover {
    background: color-mix(in srgb, var(--_mend-accent) 85%, var(--_mend-text));
  }
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--_mend-focus);
    outline-offset: 2px;
  }
  /* Windows high contrast and other forced colours: the system's own colours, never a theme's. */
  @media (forced-colors: active) {
    :focus-visible {
      outline: 3px solid Highlight;
    }
    .button {
      border-color: ButtonText;
    }
  }
  a {
    color: var(--_mend-accent);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .loading {
    min-block-size: var(--_mend-reserve, 16rem);
  }
  .error {
    border-color: var(--_mend-danger);
    background: var(--_mend-danger-soft);
  }
  /* As tall as what it says: a widget's reserved height (its .base) would leave a gap inside. */
  .base.error {
    min-block-size: 0;
  }
  .error-title {
    margin: 0 0 0.5rem;
    font-size: 1.125em;
    font-weight: 700;
    color: var(--_mend-danger);
  }
  .error p {
    margin: 0 0 0.75rem;
  }
  .problems {
    margin: 0 0 1rem;
    padding-inline-start: 1.25rem;
    overflow-wrap: anywhere;
  }
  .problems:last-child {
    margin-block-end: 0;
  }
  .problems li + li {
    margin-block-start: 0.25rem;
  }
  .problems code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    font-weight: 600;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    .base {
      border-color: #000;
      background: none;
      color: #000;
    }
    button {
      display: none !important;
    }
  }
`;
