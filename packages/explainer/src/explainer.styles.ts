import { css } from 'lit';

export const explainerStyles = css`
  :host {
    --_mend-reserve: 24rem;
    /* Up to a screen, kept while loading (mendkit/reserve.css holds it before the script). */
    min-block-size: var(--mend-reserve, min(100svh, 70rem));
  }
  h2,
  h3,
  h4,
  h5 {
    line-height: 1.3;
  }
  .title {
    margin: 0 0 0.5rem;
    font-size: 1.375em;
  }
  .intro {
    margin: 0 0 1.25rem;
  }
  p {
    margin: 0 0 0.75rem;
  }

  /* Tabs */
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 1px solid var(--_mend-border);
    margin-block-end: 1.25rem;
  }
  .tab {
    font: inherit;
    line-height: 1.25;
    min-block-size: 2.75rem;
    padding: 0.625rem 0.75rem;
    margin-block-end: -1px;
    border: 0;
    border-block-end: 3px solid transparent;
    border-start-start-radius: 0.375rem;
    border-start-end-radius: 0.375rem;
    background: none;
    color: var(--_mend-muted);
    cursor: pointer;
  }
  .tab:hover {
    color: var(--_mend-text);
    background: var(--_mend-accent-soft);
  }
  .tab[aria-selected='true'] {
    color: var(--_mend-accent);
    border-block-end-color: var(--_mend-accent);
  }
  @container (max-width: 24rem) {
    .tab {
      flex: 1 1 auto;
      padding-inline: 0.375rem;
    }
  }
  .tab:focus-visible {
    outline-offset: -3px;
  }
  .panel:focus-visible {
    outline-offset: 4px;
  }
  .section + .section {
    margin-block-start: 2rem;
    padding-block-start: 1.5rem;
    border-block-start: 1px solid var(--_mend-border);
  }
  .section-title {
    font-size: 1.2em;
    margin: 0 0 1rem;
  }
  @media screen {
    .screen-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }

  /* Compare */
  .concepts,
  .requirements {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    gap: 0.75rem 1.5rem;
    margin-block-end: 1.5rem;
  }
  .card {
    border: 1px solid var(--_mend-border);
    border-radius: calc(var(--_mend-radius) * 0.75);
    padding: 0.875rem 1rem;
  }
  .concept {
    border-block-start: 4px solid var(--_mend-accent);
  }
  .card > :last-child,
  .card dd:last-child {
    margin-block-end: 0;
  }
  h4,
  h5 {
    font-size: 1.0625em;
    margin: 0 0 0.375rem;
  }
  .definition {
    font-weight: 600;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block-end: 1.5rem;
  }
  caption,
  .cards-title {
    text-align: start;
    font-weight: 700;
    font-size: 1.0625em;
    margin: 0 0 0.5rem;
    padding-block-end: 0.5rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.625rem 0.75rem;
    border-block-end: 1px solid var(--_mend-border);
  }
  thead th {
    background: var(--_mend-accent-soft);
    border-block-end: 2px solid var(--_mend-border);
  }
  tbody th {
    font-weight: 600;
    inline-size: 28%;
  }
  .cards {
    display: none;
    gap: 0.75rem;
    margin-block-end: 1.5rem;
  }
  @container (max-width: 34rem) {
    .table-wrap {
      display: none;
    }
    .cards {
      display: grid;
    }
  }
  dl {
    margin: 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0 0 0.625rem;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  li + li {
    margin-block-start: 0.25rem;
  }

  /* Scenarios */
  .hint {
    color: var(--_mend-muted);
  }
  .scenarios {
    display: grid;
    gap: 0.5rem;
    margin-block-end: 1.75rem;
  }
  .scenario {
    border: 1px solid var(--_mend-border);
    border-radius: calc(var(--_mend-radius) * 0.75);
  }
  summary {
    padding: 0.75rem 1rem;
    font-weight: 600;
    cursor: pointer;
    border-radius: inherit;
  }
  summary:hover {
    background: var(--_mend-accent-soft);
  }
  .scenario[open] > summary {
    border-block-end: 1px solid var(--_mend-border);
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }
  .scenario-body {
    padding: 0.75rem 1rem 1rem;
  }
  .situation {
    font-style: italic;
  }
  .reflect {
    margin: 0.75rem 0 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_mend-accent);
    background: var(--_mend-accent-soft);
  }
  .ideas {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .ideas strong {
    display: block;
  }

  /* Self-check */
  .progress {
    color: var(--_mend-muted);
    font-size: 0.9375em;
    margin-block-end: 0.25rem;
  }
  .statement {
    font-size: 1.1875em;
    font-weight: 600;
    margin-block-end: 1rem;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: 1rem;
  }
  .choice:disabled {
    cursor: default;
  }
  /* After an answer: the person's pick and the match stay readable and say what they are in words. */
  .choice.chosen:disabled,
  .choice.correct:disabled {
    opacity: 1;
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.125rem;
    color: var(--_mend-text);
  }
  .choice.chosen:disabled {
    border: 2px dashed var(--_mend-muted);
  }
  .choice.correct:disabled {
    border: 2px solid var(--_mend-accent);
    background: var(--_mend-accent-soft);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }
  .tag {
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_mend-muted);
  }
  .correct .tag {
    color: var(--_mend-text);
  }
  .feedback {
    margin-block-end: 1rem;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_mend-accent);
    background: var(--_mend-accent-soft);
  }
  .feedback.other {
    border: 1px solid var(--_mend-border);
    border-inline-start: 4px solid var(--_mend-muted);
    background: none;
  }
  /* Where focus is moved for screen readers; not controls, so no ring. */
  .focus-target:focus {
    outline: none;
  }
  .feedback > :last-child {
    margin-block-end: 0;
  }
  .verdict {
    font-weight: 700;
    margin-block-end: 0.25rem;
  }
  .score {
    font-size: 2em;
    font-weight: 700;
    line-height: 1.2;
    margin-block-end: 0.5rem;
  }
  .missed-title {
    margin-block: 1.25rem 0.5rem;
  }
  .missed {
    list-style: none;
    padding: 0;
    margin: 0 0 1.25rem;
    display: grid;
    gap: 0.5rem;
  }
  .missed li {
    margin: 0;
    padding: 0.625rem 0.875rem;
    border: 1px solid var(--_mend-border);
    border-radius: calc(var(--_mend-radius) * 0.75);
  }
  .missed p {
    margin: 0;
  }
  .missed-statement {
    font-weight: 600;
  }
  .back {
    display: inline-block;
    min-block-size: 24px;
  }
  /* Where a link from the review lands: visible, since the person asked to go there. */
  th[tabindex]:focus,
  h5[tabindex]:focus {
    outline: 3px solid var(--_mend-focus);
    outline-offset: -3px;
  }
  tr:has(> th:focus) > * {
    background: var(--_mend-accent-soft);
  }
  .print-list {
    display: none;
  }
  .box {
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
    border: 1.5px solid;
    vertical-align: -0.1em;
    margin-inline: 1rem 0.375rem;
  }

  @media print {
    .base {
      --_mend-text: #000;
      --_mend-muted: #222;
      --_mend-accent: #000;
      --_mend-accent-soft: transparent;
      --_mend-border: #666;
      --_mend-surface: #fff;
      color: #000;
    }
    .tabs,
    .check-screen,
    .hint {
      display: none !important;
    }
    .panel[hidden] {
      display: block;
    }
    .panel + .panel {
      margin-block-start: 1.5rem;
    }
    summary {
      list-style: none;
      padding-block-end: 0;
    }
    summary::-webkit-details-marker {
      display: none;
    }
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    .print-list {
      display: block;
      padding-inline-start: 1.5rem;
    }
    .print-list li + li {
      margin-block-start: 0.625rem;
    }
    h2,
    h3,
    h4,
    h5,
    caption {
      break-after: avoid;
    }
    .card,
    .scenario,
    tr,
    .print-list li {
      break-inside: avoid;
    }
    thead th {
      border-block-end-color: #000;
    }
  }
`;
