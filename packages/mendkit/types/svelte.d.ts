// Svelte 5: `import type {} from 'mendkit/svelte'` once (or list it in tsconfig `types`) and
// svelte-check checks <mend-quiz content={doc} onmend-complete={...}> with each event's own detail.
import type { HTMLAttributes } from 'svelte/elements';
import type {
  MendChecklist,
  MendChecklistEvents,
  MendElementAttributes,
  MendElementProps,
  MendEventHandlers,
  MendExplainer,
  MendExplainerEvents,
  MendQuiz,
  MendQuizEvents,
} from '../dist/index.js';

/** Properties by their own names (Svelte sets known properties), attributes by theirs, and `on` + event name. */
type SvelteTag<El extends MendQuiz | MendExplainer | MendChecklist, Events> = Omit<
  HTMLAttributes<El>,
  keyof MendElementProps<El> | keyof MendEventHandlers<Events>
> &
  MendElementProps<El> &
  MendElementAttributes<El> &
  MendEventHandlers<Events>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'mend-quiz': SvelteTag<MendQuiz, MendQuizEvents>;
    'mend-explainer': SvelteTag<MendExplainer, MendExplainerEvents>;
    'mend-checklist': SvelteTag<MendChecklist, MendChecklistEvents>;
  }
}

export {};
