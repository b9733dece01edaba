// The command line every Chromium launch in these tests shares: the built extension loaded, the
// given host-resolver rules, and the flags that keep headless Chromium quiet on a closed network
// as root (see ../shared/notes/browser-testing.md).
import { chromeExtensionDir } from './paths';

export function chromiumArgs(hostResolverRules: string): string[] {
  return [
    `--disable-extensions-except=${chromeExtensionDir}`,
    `--load-extension=${chromeExtensionDir}`,
    `--host-resolver-rules=${hostResolverRules}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // Lets CDP explain a failed load and trigger the toolbar action; no effect otherwise.
    '--enable-unsafe-extension-debugging',
  ];
}
