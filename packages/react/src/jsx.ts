// JSX types for the bare tags in React 19 (`<mend-quiz content={doc} onmend-complete={...}>`):
// React 19 sets a custom element's known properties as properties and treats `on` + an event's
// name as a listener for it. Import `@mendkit/react/jsx` for these types without the components.
import type { MendChecklist, MendChecklistEvents } from '@mendkit/checklist';
import type { MendElementProps, MendEventHandlers } from '@mendkit/core';
import type { MendExplainer, MendExplainerEvents } from '@mendkit/explainer';
import type { MendQuiz, MendQuizEvents } from '@mendkit/quiz';
import type * as React from 'react';

/** A tag's JSX props: React's own for an element, less those the element redefines (React types `content` as a string). */
type TagProps<El extends MendQuiz | MendExplainer | MendChecklist, Events> = Omit<
  React.HTMLAttributes<El>,
  keyof MendElementProps<El> | keyof MendEventHandlers<Events>
> &
  React.RefAttributes<El> &
  MendElementProps<El> &
  MendEventHandlers<Events> & { class?: string };

export interface MendIntrinsicElements {
  'mend-quiz': TagProps<MendQuiz, MendQuizEvents>;
  'mend-explainer': TagProps<MendExplainer, MendExplainerEvents>;
  'mend-checklist': TagProps<MendChecklist, MendChecklistEvents>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds the tags to React's elements
    interface IntrinsicElements extends MendIntrinsicElements {}
  }
}
