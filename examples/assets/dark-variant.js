// blog-post.html?dark: the same post under the theme's dark variant, widgets forced to dark.
if (new URLSearchParams(location.search).has('dark')) {
  document.documentElement.classList.add('dark');
  document.title += ' (dark)';
  for (const widget of document.querySelectorAll('mend-quiz, mend-explainer, mend-checklist') /* every widget */)
    widget.theme = 'dark';
}
