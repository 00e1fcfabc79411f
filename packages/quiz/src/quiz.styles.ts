import { css } from 'lit';

export const quizStyles = css`
  /* The place kept before and while loading (mendkit/reserve.css holds it before the script). */
  :host {
    min-block-size: var(--mend-reserve, max(31rem, 41rem - 20vw));
  }
  /* Held only while loading (core's .loading): a shown screen is as tall as what it shows. */
  .base {
    --_mend-reserve: 16rem;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-block-end: 0.75rem;
  }
  .header h2,
  .kicker {
    margin: 0;
  }
  /* On the result the quiz's name is a small line above the outcome, the main heading. */
  .kicker {
    color: var(--_mend-muted);
    font-size: 0.9em;
    font-weight: 600;
  }
  .result h2 {
    font-size: 1.6em;
  }
  .result h3 {
    font-size: 1em;
    margin-block-start: 1.5rem;
  }
  h2,
  h3 {
    margin: 0 0 0.75rem;
    line-height: 1.3;
  }
  h2 {
    font-size: 1.35em;
  }
  h3 {
    font-size: 1.15em;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_mend-focus);
  }
  p {
    margin: 0 0 1rem;
  }
  .progress-text,
  .help,
  .muted {
    color: var(--_mend-muted);
    font-size: 0.9em;
  }
  .progress-text {
    margin-block-end: 0.375rem;
  }
  .track {
    display: block;
    block-size: 0.5rem;
    border-radius: 1rem;
    background: var(--_mend-track);
    overflow: hidden;
    margin-block-end: 1.25rem;
  }
  .fill {
    display: block;
    block-size: 100%;
    background: var(--_mend-accent);
    border-radius: inherit;
    transition: inline-size 0.2s ease-out;
  }
  .question {
    border: 0;
    margin: 0 0 1.25rem;
    padding: 0;
    min-inline-size: 0;
  }
  .question + .question {
    border-block-start: 1px solid var(--_mend-border);
    padding-block-start: 1.25rem;
  }
  /* A floated legend is laid out as ordinary content, so a fieldset's top border runs above
     the heading instead of through it (the list layout's divider). */
  legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
  }
  legend + * {
    clear: both;
  }
  .help {
    margin-block: -0.25rem 0.75rem;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.625rem;
    padding: 0.625rem 0.75rem;
    margin-block-end: 0.5rem;
    border: 1px solid var(--_mend-border);
    border-radius: calc(var(--_mend-radius) * 0.75);
    cursor: pointer;
  }
  .option:hover,
  .option:has(:checked) {
    border-color: var(--_mend-accent);
    background: var(--_mend-accent-soft);
  }
  .option input {
    flex: none;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_mend-accent);
  }
  .notice {
    color: var(--_mend-danger);
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-block-start: 1rem;
  }
  .actions .primary {
    margin-inline-start: auto;
  }
  a.button {
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  .leave {
    border-color: var(--_mend-danger);
    color: var(--_mend-danger);
    font-weight: 700;
  }
  .leave:hover {
    background: var(--_mend-danger-soft);
  }
  .safety {
    border-inline-start: 4px solid var(--_mend-danger);
    padding-inline-start: 1rem;
  }
  .support .actions .primary {
    margin-inline-start: 0;
  }
  /* On a support-first result the outcome's words follow the support block. */
  .result > .support {
    margin-block-end: 1.25rem;
  }
  .support .leave {
    background: var(--_mend-danger);
    color: var(--_mend-surface);
  }
  .support .leave:hover {
    background: color-mix(in srgb, var(--_mend-danger) 85%, var(--_mend-text));
  }
  .bars,
  .steps {
    margin: 0 0 1rem;
    padding: 0;
  }
  .bars {
    list-style: none;
    display: grid;
    gap: 0.875rem;
  }
  .bars li {
    display: grid;
    grid-template-columns: 1fr auto;
    grid-template-areas: 'label word' 'track track' 'desc desc';
    column-gap: 0.75rem;
  }
  .bars .track {
    grid-area: track;
    align-self: start;
    block-size: 0.75rem;
    /* Centred on the label's first line, so a label that wraps never pushes its bar down. */
    margin-block: calc((1lh - 0.75rem) / 2) 0.25rem;
  }
  .bar-label {
    grid-area: label;
    font-weight: 600;
  }
  .standing {
    grid-area: word;
    color: var(--_mend-muted);
    font-size: 0.9em;
  }
  .strained .standing {
    font-weight: 600;
    color: var(--_mend-text);
  }
  .bars .muted {
    grid-area: desc;
  }
  .obstacles {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
  }
  ul.obstacles li {
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_mend-accent);
  }
  ul.obstacles strong {
    display: block;
  }
  ul.obstacles li + li {
    margin-block-start: 0.625rem;
  }
  .save textarea {
    box-sizing: border-box;
    inline-size: 100%;
    margin-block-start: 0.75rem;
    font: inherit;
  }
  .steps {
    padding-inline-start: 1.25rem;
  }
  .steps li + li {
    margin-block-start: 0.375rem;
  }
  .cta {
    margin-block-start: 1rem;
  }
  @container (min-inline-size: 34rem) {
    .bars li {
      grid-template-columns: 12rem 1fr;
      grid-template-areas: 'label track' 'word desc';
      column-gap: 1rem;
    }
  }
  /* Forced colours drop backgrounds: bars get a system-coloured outline and fill of their own,
     and the scores, otherwise only for screen readers, are written out beside them. */
  @media (forced-colors: active) {
    .track {
      forced-color-adjust: none;
      background: Canvas;
      border: 1px solid CanvasText;
    }
    .fill {
      background: Highlight;
    }
    .bars .visually-hidden {
      position: static;
      inline-size: auto;
      block-size: auto;
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }
  }
  @media print {
    .track {
      border: 1px solid #000;
    }
    .fill {
      background: #000;
      print-color-adjust: exact;
    }
    /* A clean printout: the result's words, bars and steps; no buttons, no call to action. */
    :host {
      min-block-size: 0;
    }
    .cta,
    .save,
    .status {
      display: none;
    }
    .kicker,
    .muted,
    .standing,
    a {
      color: #000;
    }
    .bars li,
    .obstacles li,
    .steps li {
      break-inside: avoid;
    }
    h2,
    h3 {
      break-after: avoid;
    }
  }
  .status-actions {
    display: flex;
    justify-content: flex-end;
    margin-block-end: 0.75rem;
  }
  .hint {
    color: var(--_mend-muted);
    font-size: 0.9375em;
  }
  /* From the first safety answer: calm, clearly set apart, never alarming. */
  .strip {
    margin-block: 1rem;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_mend-danger);
    border-radius: calc(var(--_mend-radius) / 2);
    background: var(--_mend-danger-soft);
  }
  .strip p {
    margin: 0;
  }
  .strip .actions {
    margin-block-start: 0.75rem;
  }
  .concern {
    border-inline-start: 4px solid var(--_mend-accent);
    padding-inline-start: 1rem;
  }
`;
