import * as z from 'zod/mini';
import type { Problem } from '../problems.js';
import { headerShape, id, text } from './common.js';
import { duplicateIds, type ContentKind } from './kind.js';

/** Text for each concept, keyed by concept id; validation checks the keys. */
const perConcept = () => z.record(z.string(), text());

export const ExplainerContent = z.strictObject({
  ...headerShape('explainer'),
  intro: text(),
  concepts: z
    .array(z.strictObject({ id: id(), name: text(), definition: text(), description: text() }))
    .check(z.length(2, { error: 'should list exactly 2 concepts to compare' })),
  comparison: z.array(z.strictObject({ id: id(), aspect: text(), text: perConcept() })).check(z.minLength(1)),
  requirements: z.array(z.strictObject({ concept: id(), title: text(), items: z.array(text()).check(z.minLength(1)) })),
  scenarios: z.array(
    z.strictObject({ id: id(), title: text(), situation: text(), text: perConcept(), reflect: z.optional(text()) }),
  ),
  closedPath: z.optional(
    z.strictObject({
      title: text(),
      body: text(),
      ideas: z.array(z.strictObject({ title: text(), text: text() })),
    }),
  ),
  selfCheck: z.optional(
    z.strictObject({
      intro: text(),
      items: z
        .array(z.strictObject({ id: id(), statement: text(), concept: id(), explanation: text() }))
        .check(z.minLength(1)),
    }),
  ),
});
export type ExplainerContent = z.infer<typeof ExplainerContent>;
export type ExplainerConcept = ExplainerContent['concepts'][number];

function checkExplainer(doc: ExplainerContent): Problem[] {
  const concepts = doc.concepts.map((c) => c.id);
  const problems: Problem[] = [
    ...duplicateIds(doc.concepts, 'concepts'),
    ...duplicateIds(doc.comparison, 'comparison'),
    ...duplicateIds(doc.scenarios, 'scenarios'),
    ...duplicateIds(doc.selfCheck?.items ?? [], 'selfCheck.items'),
  ];
  const unknownConcept = (conceptId: string, path: string) => {
    if (!concepts.includes(conceptId))
      problems.push({
        path,
        message: `names the concept "${conceptId}", which is not one of ${concepts.join(' and ')}`,
      });
  };
  const checkTexts = (texts: Record<string, string>, path: string) => {
    for (const key of Object.keys(texts)) unknownConcept(key, `${path}.${key}`);
    for (const concept of concepts)
      if (!Object.hasOwn(texts, concept)) problems.push({ path, message: `has no text for the concept "${concept}"` });
  };
  doc.comparison.forEach((row, i) => checkTexts(row.text, `comparison[${i}].text`));
  doc.scenarios.forEach((scenario, i) => checkTexts(scenario.text, `scenarios[${i}].text`));
  doc.requirements.forEach((list, i) => unknownConcept(list.concept, `requirements[${i}].concept`));
  doc.selfCheck?.items.forEach((item, i) => unknownConcept(item.concept, `selfCheck.items[${i}].concept`));
  return problems;
}

export const explainerKind: ContentKind<ExplainerContent> = {
  kind: 'explainer',
  schema: ExplainerContent,
  check: checkExplainer,
};
