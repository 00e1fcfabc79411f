// For the page that embeds mendkit's embed.html in an iframe: sizes each
// <iframe data-mendkit src=".../embed.html?..."> to its content. It accepts a message only from
// that iframe's window and origin, and reads nothing from it but a height.
(() => {
  addEventListener('message', (event) => {
    const data = event.data;
    if (typeof data !== 'object' || data === null || typeof data.mendkitHeight !== 'number') return;
    for (const frame of document.querySelectorAll('iframe[data-mendkit]')) {
      if (event.source !== frame.contentWindow) continue;
      if (event.origin !== new URL(frame.src, location.href).origin) return;
      const height = Math.ceil(data.mendkitHeight);
      if (height > 0 && height < 20000) frame.style.height = `${height}px`;
      return;
    }
  });
})();
