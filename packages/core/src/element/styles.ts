import { css } from 'lit';

export { tokens } from './tokens.js';

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
