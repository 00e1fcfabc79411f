// The floor with zod/mini checking the shape of the quiz it reads, as a careful hand-written
// widget would: the same library mendkit uses, none of mendkit's rules.
import * as z from 'zod/mini';

const id = () => z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/));
const text = () => z.string().check(z.minLength(1), z.maxLength(2000));
const Quiz = z.object({
  kind: z.literal('quiz'),
  title: text(),
  intro: text(),
  questions: z.array(
    z.object({
      id: id(),
      prompt: text(),
      options: z.array(z.object({ id: id(), label: text(), score: z.number().check(z.gte(0), z.lte(3)) })),
    }),
  ),
  outcomes: z.array(
    z.object({
      id: id(),
      title: text(),
      body: text(),
      rule: z.optional(z.object({ total: z.object({ atLeast: z.number() }) })),
    }),
  ),
});

export const validate = (doc) => Quiz.parse(doc);
