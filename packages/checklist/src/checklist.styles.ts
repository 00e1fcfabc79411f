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
  .axis,
  details,
  .status {
    color: var(--_mend-muted);
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin-block-end: 1rem;
  }
  .count {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .bar {
    flex: 1 1 8rem;
    block-size: 0.5rem;
    border-radius: 1rem;
    background: var(--_mend-track);
    overflow: hidden;
  }
  .bar > span {
    display: block;
    inline-size: 0; /* until cssProperties sets it; server-rendered HTML has no inline size */
    block-size: 100%;
    background: var(--_mend-accent);
    transition: inline-size 0.2s ease-out;
  }
  .group,
  .history {
    border-block-start: 1px solid var(--_mend-border);
    padding-block-start: 1rem;
    margin-block-start: 1rem;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.75rem;
    padding-block: 0.375rem;
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
  details {
    grid-column: 2;
    font-size: 0.9375em;
  }
  summary {
    inline-size: fit-content;
    min-inline-size: 24px;
    min-block-size: 24px;
    padding-block: 0.125rem;
    cursor: pointer;
    color: var(--_mend-accent);
  }
  details p {
    margin: 0.25rem 0 0;
  }
  .series {
    margin-block-end: 1rem;
  }
  .history h3 {
    margin-block-end: 0.5rem;
  }
  .chart {
    inline-size: fit-content;
    max-inline-size: 100%;
  }
  .chart svg {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
  }
  /* Time runs from the start edge: oldest first, today last. */
  [dir='rtl'] .chart svg {
    transform: scaleX(-1);
  }
  rect.on {
    fill: var(--_mend-accent);
  }
  rect.off {
    fill: var(--_mend-track);
  }
  .axis {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    font-size: 0.8125em;
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
  .status {
    min-block-size: 1.5em;
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
    .bar,
    .chart svg {
      forced-color-adjust: none;
    }
    .bar {
      background: Canvas;
      border: 1px solid CanvasText;
    }
    .bar > span {
      background: Highlight;
    }
    rect.on {
      fill: Highlight;
    }
    rect.off {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
  @media print {
    .actions,
    .confirm,
    .status,
    summary {
      display: none !important;
    }
    details {
      display: block;
    }
    .group {
      break-inside: avoid-page;
    }
    .item input {
      print-color-adjust: exact;
    }
    .bar,
    rect {
      print-color-adjust: exact;
    }
  }
`;
