// Build-time switches. The extension's English content script is built with
// __SOURCELIGHT_SLAVIC__ = false, so the bundler drops the Russian and Ukrainian lexicons and
// rules from it (they ship in content-slavic.js instead). Node, jest and the CLI see no
// definition and get every language.
declare const __SOURCELIGHT_SLAVIC__: boolean | undefined;

export const SLAVIC_LANGUAGES: boolean = typeof __SOURCELIGHT_SLAVIC__ === "undefined" ? true : __SOURCELIGHT_SLAVIC__;
