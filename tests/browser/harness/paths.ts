// Where the browser tests find the built extension, the shared seed and the browsers.
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../../..');

/** The seed article lives beside the repo (a clone of main with /work/shared at ../shared). */
export const seedHtmlPath = path.resolve(repoRoot, '../shared/seed/rferl-biden-putin-call.html');

/** The URL the seed page is served as: the content script only runs on RFE/RL hosts. */
export const seedUrl = 'http://www.rferl.org/a/biden-putin-call-ukraine/31700000.html';

/** Built extension root; SOURCELIGHT_DIST lets the harness be tried against another build. */
const distRoot = process.env.SOURCELIGHT_DIST ?? path.join(repoRoot, 'dist');
export const chromeExtensionDir = path.join(distRoot, 'chrome');
export const firefoxExtensionDir = path.join(distRoot, 'firefox');

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Must match browser_specific_settings.gecko.id in the Firefox manifest. */
export const geckoId = 'sourcelight@sourcelight.dev';
