// A fresh React 19 + TypeScript app: the wrapper components, and the bare tags.
import { MendChecklist, MendQuiz } from '@mendkit/react';
import type { ChecklistContent, QuizContent } from 'mendkit';
import { useRef } from 'react';

export function App({ quiz, checklist }: { quiz: QuizContent; checklist: ChecklistContent }) {
  const ref = useRef<HTMLElementTagNameMap['mend-quiz']>(null);
  return (
    <>
      <MendQuiz
        ref={ref}
        content={quiz}
        layout="list"
        noQuickExit
        onMendComplete={(event) => console.log(event.detail)}
      />
      <MendChecklist content={checklist} onMendChange={(event) => console.log(event.detail.contentId)}>
        <a slot="cta" href="/book">
          Book a call
        </a>
      </MendChecklist>
      <mend-quiz content={quiz} theme="dark" onmend-complete={(event) => console.log(event.detail.version)} />
      <mend-explainer class="wide" view="compare" />
    </>
  );
}
