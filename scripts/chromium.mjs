// The one place that says which Chromium the browser tests, benchmarks and screenshots use:
// Debian's package by default, SMARTCITY_CHROMIUM to point elsewhere. Test tools never download a browser.
export function chromiumPath() {
  return process.env.SMARTCITY_CHROMIUM || '/usr/bin/chromium';
}

/** Launch arguments for headless Chromium on a closed network, possibly as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath(), headless: true, args: chromiumArgs };
}
