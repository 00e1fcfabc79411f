// Vue: `import type {} from 'mendkit/vue'` once (or list it in tsconfig `types`) and vue-tsc checks
// <mend-quiz :content="doc" @mend-complete="..."> with each event's own detail type.
// Vue must treat the tags as custom elements: `compilerOptions.isCustomElement: (tag) => tag.startsWith('mend-')`.
import type { EmitFn, HTMLAttributes } from 'vue';
import type {
  MendChecklist,
  MendChecklistEvents,
  MendElementProps,
  MendExplainer,
  MendExplainerEvents,
  MendQuiz,
  MendQuizEvents,
} from '../dist/index.js';

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;
/** `@mend-complete` in a template is the prop `onMendComplete`. */
type VueEventProps<Events> = {
  [K in keyof Events & string as `on${Capitalize<Camel<K>>}`]?: (event: Events[K]) => void;
};
type VueCustomElement<El extends MendQuiz | MendExplainer | MendChecklist, Events> = new () => El & {
  /** For template type checking only. */
  $props: Omit<HTMLAttributes, keyof MendElementProps<El>> & MendElementProps<El> & VueEventProps<Events>;
  /** For template type checking only. */
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'mend-quiz': VueCustomElement<MendQuiz, MendQuizEvents>;
    'mend-explainer': VueCustomElement<MendExplainer, MendExplainerEvents>;
    'mend-checklist': VueCustomElement<MendChecklist, MendChecklistEvents>;
  }
}

export {};
