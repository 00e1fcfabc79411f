// For the end-to-end test: a sandboxed frame (opaque origin) cannot be reached from the test page,
// so when the page's URL asks for it, this script walks the quiz by clicks from inside and posts
// what happened to the parent. A person would press the same buttons.
const quiz = document.querySelector('mend-quiz');

async function walk() {
  await customElements.whenDefined('mend-quiz');
  while (quiz.status !== 'ready') await new Promise((resolve) => setTimeout(resolve, 20));
  const root = quiz.shadowRoot;
  root.querySelector('button.primary').click();
  for (let step = 0; step < 40 && !root.querySelector('[part~="result"]'); step++) {
    await quiz.updateComplete;
    root.querySelector('input[type="radio"]')?.click();
    await quiz.updateComplete;
    root.querySelector('button.next')?.click();
    await quiz.updateComplete;
  }
  const result = root.querySelector('[part~="result"] h3')?.textContent ?? null;
  parent.postMessage({ mendkitSandboxWalk: { result, origin: String(self.origin) } }, '*');
}

if (new URLSearchParams(location.search).has('walk')) void walk();
