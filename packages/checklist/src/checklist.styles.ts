import { css } from 'lit';

export const checklistStyles = css`
  :host {
    --_mend-reserve: 40rem;
    /* A screen, kept while loading (mendkit/reserve.css holds it before the script). */
    min-block-size: var(--mend-reserve, 100svh);
  }
  [hidden] {
    display: none !important;
  }
  .title {
    margin: 0 0 0.5rem;
    font-size: 1.375em;
    line-height: 1.25;
  }
  h3 {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }
  p {
    margin: 0 0 0.75rem;
  }
  .description,
  .cadence,
  .status {
    color: var(--_mend-muted);
  }
  .counts {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    margin-block-end: 1rem;
  }
  .paths {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0 0 1rem;
    padding: 0;
    border: 0;
  }
  .paths legend {
    padding: 0;
    margin-block-end: 0.5rem;
    font-weight: 600;
  }
  .path {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_mend-border);
    border-radius: 2rem;
    cursor: pointer;
  }
  .path:has(input:checked) {
    border: 2px solid var(--_mend-accent);
    background: var(--_mend-accent-soft);
    padding-inline: calc(0.875rem - 1px);
  }
  .path input {
    margin: 0;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    accent-color: var(--_mend-accent);
  }
  .focus {
    padding: 0.75rem 1rem;
    border-radius: calc(var(--_mend-radius) * 0.75);
    background: var(--_mend-accent-soft);
  }
  .focus h3 {
    margin-block-end: 0.25rem;
  }
  .focus .description {
    margin: 0;
  }
  .group,
  .history {
    border-block-start: 1px solid var(--_mend-border);
    padding-block-start: 0.75rem;
    margin-block-start: 0.75rem;
  }
  .focus + .group {
    border-block-start: 0;
  }
  summary {
    display: flex;
    align-items: baseline;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    padding-block: 0.25rem;
    list-style: none;
    cursor: pointer;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '▸';
    color: var(--_mend-accent);
  }
  [open] > summary::before {
    content: '▾';
  }
  [dir='rtl'] :not([open]) > summary::before {
    content: '◂';
  }
  summary h3 {
    display: inline;
  }
  .group-count {
    margin-inline-start: 0.5rem;
    font-size: 0.875rem;
    font-weight: 400;
    color: var(--_mend-muted);
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    /* The star stays near its words on wide screens. */
    max-inline-size: 48rem;
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: start;
    gap: 0 0.75rem;
    padding-block: 0.375rem;
  }
  .text {
    display: grid;
  }
  .detail {
    font-size: 0.9375em;
    color: var(--_mend-muted);
  }
  .star {
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    margin-block: -0.5rem;
    border: 0;
    border-radius: 50%;
    background: none;
    font-size: 1.25rem;
    line-height: 1;
    color: var(--_mend-accent);
    cursor: pointer;
  }
  .star:hover {
    background: var(--_mend-accent-soft);
  }
  .item input {
    /* 24 px at least, the smallest target WCAG 2.2 accepts. */
    inline-size: max(1.5rem, 24px);
    block-size: max(1.5rem, 24px);
    margin: 0.15rem 0 0;
    accent-color: var(--_mend-accent);
    cursor: pointer;
  }
  .item label {
    cursor: pointer;
  }
  .cadence {
    font-size: 0.875em;
  }
  .series {
    margin-block-end: 1rem;
  }
  .history h3 {
    margin-block-end: 0.5rem;
  }
  /* Oldest first from the start edge; the last bar is today (or this week). */
  .chart {
    display: flex;
    gap: 0.25rem;
    max-inline-size: 44rem;
  }
  .col {
    flex: 1 1 0;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    font-size: 0.75rem;
    line-height: 1.2;
    text-align: center;
    color: var(--_mend-muted);
    overflow-wrap: anywhere;
  }
  .col:last-child {
    color: var(--_mend-text);
    font-weight: 700;
  }
  .track {
    display: flex;
    align-items: end;
    inline-size: 100%;
    max-inline-size: 2rem;
    block-size: 6rem;
    margin-block: 0.125rem;
  }
  .track > span {
    inline-size: 100%;
    border-radius: 0.25rem 0.25rem 0 0;
    background: var(--_mend-track);
  }
  .track > .on {
    background: var(--_mend-accent);
  }
  .actions,
  .confirm {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 1rem;
  }
  .confirm {
    align-items: center;
    padding: 0.75rem;
    border: 1px solid var(--_mend-danger);
    border-radius: calc(var(--_mend-radius) * 0.75);
  }
  .confirm .clear {
    border-color: var(--_mend-danger);
    color: var(--_mend-danger);
  }
  .confirm p {
    flex-basis: 100%;
    margin: 0;
  }
  /* No reserved line: with nothing to say the status takes no room under the buttons. */
  .status {
    margin: 0.75rem 0 0;
  }
  @container (max-width: 30rem) {
    .actions .button,
    .confirm .button {
      flex: 1 1 100%;
    }
  }
  /* Forced colours drop backgrounds: bars get a system-coloured outline and fill of their own. */
  @media (forced-colors: active) {
    .track > span {
      forced-color-adjust: none;
      background: Canvas;
      border: 1px solid CanvasText;
    }
    .track > .on {
      background: Highlight;
    }
  }
  @media print {
    .actions,
    .confirm,
    .status,
    .paths,
    .focus.empty,
    .star {
      display: none !important;
    }
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    summary::before {
      content: none;
    }
    .group {
      break-inside: avoid-page;
    }
    .item input {
      print-color-adjust: exact;
    }
    .track > span {
      print-color-adjust: exact;
    }
  }
`;
