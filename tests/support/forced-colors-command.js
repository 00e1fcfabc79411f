// A test-runner command that turns forced colours (Windows high contrast) on or off for the
// test's page. @web/test-runner's own emulateMedia passes forcedColors to Playwright only, and
// this project runs Chromium through Puppeteer, so it goes straight to the DevTools protocol.
export function forcedColorsCommand() {
  const sessions = new WeakMap();
  return {
    name: 'mendkit-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'mendkit-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      // The override lasts as long as the protocol session that set it: keep one per page.
      let cdp = sessions.get(page);
      if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}
