// Reading the engine's output the way the tests ask about it: the attribution a cue opens, and
// its content as one string.
import type { Attribution } from "../../../src/engine";

/** The first attribution whose cue reads `cue` (any case). */
export const byCue = (list: Attribution[], cue: string): Attribution | undefined => list.find((a) => a.cue.text.toLowerCase() === cue.toLowerCase());

/** The content's text; the pieces of a split quote joined by `joiner`. */
export const contentOf = (a: Attribution | undefined, joiner = " … "): string => (a ? (Array.isArray(a.content) ? a.content.map((p) => p.text).join(joiner) : a.content.text) : "");
