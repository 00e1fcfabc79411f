import * as z from 'zod/mini';
import type { Problem } from '../problems.js';
import { describe, doc, documented, headerShape, id, text } from './common.js';
import { duplicateIds, type ContentKind } from './kind.js';

/** Text for each concept, keyed by concept id; validation checks the keys. */
const perConcept = (description: string) =>
  z.record(z.string(), text()).check(
    doc({
      description,
      examples: [{ forgiveness: 'Text about forgiveness.', reconciliation: 'Text about reconciliation.' }],
    }),
  );

export const ExplainerConcept = documented(
  z.strictObject({
    id: id()
      .check(describe('Names this concept; the per-concept texts below are keyed by it.'))
      .check(doc({ examples: ['forgiveness'] })),
    name: text().check(describe('The name of the idea, as a heading.')),
    definition: text().check(describe('One sentence saying what it is.')),
    description: text().check(describe('A short paragraph saying more.')),
  }),
  { id: 'ExplainerConcept', description: 'One of the two ideas compared.' },
);

export const ExplainerContent = z.strictObject({
  ...headerShape('explainer'),
  intro: text().check(describe('The opening words: why these two ideas get confused and what the comparison shows.')),
  concepts: z
    .array(ExplainerConcept)
    .check(
      z.length(2, { error: 'should list exactly 2 concepts to compare' }),
      describe('Exactly two ideas to compare, in the order of the table columns.'),
    ),
  comparison: z
    .array(
      documented(
        z.strictObject({
          id: id().check(describe('Names this row. Unique among the rows.')),
          aspect: text().check(describe('The point compared, such as "Who takes part".')),
          text: perConcept('What each concept says on this point, keyed by concept id; every concept needs a text.'),
        }),
        { id: 'ExplainerComparisonRow', description: 'One row of the side-by-side table.' },
      ),
    )
    .check(z.minLength(1), describe('The side-by-side table, one row per point, at least one.')),
  requirements: z._default(
    z
      .array(
        documented(
          z.strictObject({
            concept: id().check(describe('The concept this list belongs to.')),
            title: text().check(describe('The heading of the list, such as "What forgiveness needs".')),
            items: z.array(text()).check(z.minLength(1), describe('The things it needs, at least one.')),
          }),
          { id: 'ExplainerRequirements', description: 'What one concept needs, as a list.' },
        ),
      )
      .check(describe('Lists of what each concept needs, shown under the table. Leave out for none.')),
    [],
  ),
  scenarios: z._default(
    z
      .array(
        documented(
          z.strictObject({
            id: id().check(describe('Names this scenario. Unique among the scenarios.')),
            title: text().check(describe('A short name for the situation, shown on its disclosure.')),
            situation: text().check(describe('The situation, in a sentence or two.')),
            text: perConcept('What each concept looks like in this situation, keyed by concept id.'),
            reflect: z.optional(text()).check(describe('A question to think about, shown last.')),
          }),
          { id: 'ExplainerScenario', description: 'A real-life situation seen through both concepts.' },
        ),
      )
      .check(describe('Situations seen through both concepts, each in its own disclosure. Leave out for none.')),
    [],
  ),
  closedPath: z
    .optional(
      z.strictObject({
        title: text().check(describe('The heading of the section.')),
        body: text().check(describe('What to do when one path is closed.')),
        ideas: z
          .array(
            z.strictObject({
              title: text().check(describe('A few words naming the idea.')),
              text: text().check(describe('The idea in a sentence or two.')),
            }),
          )
          .check(describe('Ways forward, each with a title and a text.')),
      }),
    )
    .check(describe('A section for when one path is closed (for example, the other person will not take part).')),
  selfCheck: z
    .optional(
      z.strictObject({
        intro: text().check(describe('The words before the first statement.')),
        items: z
          .array(
            documented(
              z.strictObject({
                id: id().check(describe('Names this statement. Unique among the statements.')),
                statement: text().check(describe('A sentence the person sorts into one concept.')),
                concept: id().check(describe('The id of the concept the statement belongs to.')),
                explanation: text().check(describe('Why, shown after the person answers.')),
                row: z
                  .optional(id())
                  .check(
                    describe(
                      'The id of the comparison row this statement is about. The review after the self-check links a missed statement back to that row.',
                    ),
                  ),
              }),
              { id: 'ExplainerSelfCheckItem', description: 'One statement to sort.' },
            ),
          )
          .check(z.minLength(1), describe('The statements, at least one.')),
      }),
    )
    .check(describe('A short self-check: statements the person sorts into one concept or the other, with feedback.')),
});
export type ExplainerContent = z.infer<typeof ExplainerContent>;
export type ExplainerConcept = z.infer<typeof ExplainerConcept>;

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
  const rows = doc.comparison.map((row) => row.id);
  doc.selfCheck?.items.forEach((item, i) => {
    unknownConcept(item.concept, `selfCheck.items[${i}].concept`);
    if (item.row !== undefined && !rows.includes(item.row))
      problems.push({
        path: `selfCheck.items[${i}].row`,
        message: `names the comparison row "${item.row}", which is not one of ${rows.join(', ')}`,
      });
  });
  return problems;
}

export const explainerKind: ContentKind<ExplainerContent> = {
  kind: 'explainer',
  schema: ExplainerContent,
  check: checkExplainer,
};
