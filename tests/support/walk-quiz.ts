import { expect } from '@open-wc/testing';

/** A widget in a host page, reached through the page's own DOM. */
export type HostedWidget = HTMLElement & { status: string; updateComplete: Promise<boolean> };

/** Starts the quiz, answers every question with its first option, and expects a result. */
export async function finishQuiz(quiz: HostedWidget): Promise<void> {
  const root = quiz.shadowRoot!;
  root.querySelector<HTMLButtonElement>('button.primary')!.click();
  for (let step = 0; step < 30 && !root.querySelector('[part~="result"]'); step++) {
    await quiz.updateComplete;
    root.querySelector<HTMLInputElement>('input[type="radio"]')?.click();
    await quiz.updateComplete;
    root.querySelector<HTMLButtonElement>('button.next')?.click();
    await quiz.updateComplete;
  }
  expect(root.querySelector('[part~="result"]'), 'the quiz reached a result').to.not.equal(null);
}
