// The coaching site's own code: it listens to the quiz and shows a next step in its own markup.
// mend-complete's detail: { contentId, version, outcomeId, flagged, supportFirst, dimensions?, total? }.
const panel = document.querySelector('#next');
const heading = panel.querySelector('h2');
const text = panel.querySelector('p');
const book = panel.querySelector('a');

const offers = {
  'ready-together': ['Book a first call for both of you', 'A free 20-minute call to see whether we are a good fit.'],
  'start-with-you': ['Book a one-to-one session', 'A first session just for you, to get clear on what you need.'],
};

document.addEventListener('mend-complete', (event) => {
  const { outcomeId, supportFirst } = event.detail;
  panel.hidden = false;
  panel.dataset.outcome = outcomeId;
  if (supportFirst) {
    // No sales pitch when someone may be unsafe: the quiz shows support first, and so does the page.
    heading.textContent = 'We are here when you are ready';
    text.textContent = 'Please reach out to the support listed in your result first.';
    book.hidden = true;
    return;
  }
  const [title, body] = offers[outcomeId] ?? offers['start-with-you'];
  heading.textContent = title;
  text.textContent = body;
  book.hidden = false;
});
