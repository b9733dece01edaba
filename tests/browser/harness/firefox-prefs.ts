// Firefox preferences and launch options every launch in these tests shares.
import type { LaunchOptions, Viewport } from 'puppeteer-core';
import { firefoxPath } from './paths';

/** Headless Firefox ESR over WebDriver BiDi on `profileDir`, with `prefs` on top of the base ones. */
export function firefoxLaunchOptions(profileDir: string, prefs: Record<string, unknown>, viewport?: Viewport): LaunchOptions {
  return {
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    protocol: 'webDriverBiDi',
    userDataDir: profileDir,
    timeout: 60_000,
    ...(viewport ? { defaultViewport: viewport } : {}),
    // Release builds honour services.settings.server (below) only with this set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    // Without it, navigating to moz-extension:// is refused.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs,
  };
}

/**
 * The extension's fixed internal id, MV3 host access granted at install, all HTTP and HTTPS for
 * any host sent to the fixture server (which answers for the test hosts and records, and
 * refuses, everything else), and Firefox's own remote-settings sync kept quiet.
 */
export function firefoxBasePrefs(geckoId: string, uuid: string, serverPort: number): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
    // MV3 host access (content_scripts matches, host_permissions) is granted at install only
    // while this is true (Firefox's default since 127; a temporary add-on gets no prompt).
    // With it false the content script never runs on the seed. Pinned, not left to defaults.
    'extensions.originControls.grantByDefault': true,
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': serverPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': serverPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    // Value as in Mozilla's test harness; needs MOZ_REMOTE_SETTINGS_DEVTOOLS=1 in the env.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
  };
}
