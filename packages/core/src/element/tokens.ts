import { css } from 'lit';

// Kept apart from styles.ts: the palettes are spliced into rules, which the build's CSS
// minifier cannot parse, so this module ships as written and the rest is minified.
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
