/**
 * `executeServerCommand('set-time-zone', { timeZone })`: the page's own zone (Date, Intl), as a reader
 * elsewhere would have it, through Chromium's DevTools protocol (Emulation.setTimezoneOverride).
 * No zone resets to the machine's.
 */
export function timeZonePlugin() {
  return {
    name: 'ct-time-zone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-time-zone') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateTimezone(payload?.timeZone || undefined);
      return true;
    },
  };
}
