// Writes bench/quiz.json: the 10-question, four-option quiz every quiz page of the bench shows
// (mendkit's pages and the hand-written floor alike). Plain words of our own, no real advice.
import { writeFileSync } from 'node:fs';

const topics = [
  ['listen', 'When you talk about what happened, do they listen?'],
  ['own', 'Do they name their own part in it?'],
  ['calm', 'Can the two of you disagree without shouting?'],
  ['time', 'Do you still spend easy time together?'],
  ['trust', 'Do you believe what they tell you now?'],
  ['effort', 'Do they follow through on what they promise?'],
  ['space', 'Do they respect it when you ask for space?'],
  ['future', 'Can you picture the relationship a year from now?'],
  ['self', 'Do you feel like yourself around them?'],
  ['care', 'Do you feel they still care about you?'],
];
const options = [
  ['mostly', 'Mostly', 3],
  ['often', 'Often', 2],
  ['sometimes', 'Sometimes', 1],
  ['rarely', 'Rarely', 0],
];
const doc = {
  kind: 'quiz',
  schemaVersion: 1,
  id: 'bench-quiz',
  version: '1.0.0',
  locale: 'en',
  title: 'A short bench quiz',
  intro: 'Ten questions with four answers each, used to measure load and render times.',
  support: { label: 'Find support', href: 'https://findahelpline.com', text: 'A helpline can listen in confidence.' },
  dimensions: [
    { id: 'repair', label: 'Repair', description: 'How the two of you handle what went wrong.' },
    { id: 'bond', label: 'Bond', description: 'What still holds you together.' },
  ],
  questions: topics.map(([id, prompt], i) => ({
    id,
    prompt,
    dimension: i < 5 ? 'repair' : 'bond',
    options: options.map(([optionId, label, score]) => ({ id: optionId, label, score })),
  })),
  outcomes: [
    {
      id: 'strong',
      title: 'A lot to build on',
      body: 'Your answers describe a relationship with room to mend.',
      rule: { total: { atLeast: 0.6 } },
    },
    { id: 'mixed', title: 'A mixed picture', body: 'Some things hold and some do not; take it one step at a time.' },
  ],
};
writeFileSync(new URL('./quiz.json', import.meta.url), JSON.stringify(doc, null, 2) + '\n');
