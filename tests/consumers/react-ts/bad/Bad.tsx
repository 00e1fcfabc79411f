import { MendQuiz } from '@mendkit/react';
import type { ChecklistContent } from 'mendkit';

export function Bad({ checklist }: { checklist: ChecklistContent }) {
  return (
    <>
      <MendQuiz onMendComplete={(event) => event.detail.contentid} /> {/* EXPECT-ERROR */}
      <MendQuiz content={checklist} /> {/* EXPECT-ERROR */}
      <mend-quiz content={checklist} /> {/* EXPECT-ERROR */}
      <mend-quiz onmend-answer={(event) => event.detail.versoin} /> {/* EXPECT-ERROR */}
      <mend-quiz layout="grid" /> {/* EXPECT-ERROR */}
    </>
  );
}
