// One linear pass that cuts a paragraph into words, punctuation and quote marks, with offsets.

export const enum Tok {
  Word,
  Punct,
  Quote,
}

export interface Token {
  start: number;
  end: number;
  type: Tok;
  /** Lower-cased text; apostrophes folded to ' so the lexicons need one spelling. */
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** All capitals, two letters or more: "US" is a country, not "us". */
  acronym: boolean;
  /** Inside (or on) a quotation: cue words there are the quoted speaker's, not the article's. */
  inQ: boolean;
}

/** A word outside quotation marks. */
export const isWord = (t: Token | undefined): t is Token => !!t && t.type === Tok.Word && !t.inQ;

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x3000;

const WORD = /[\p{L}\p{N}\p{M}]/u;
/** Per code unit: 0 not yet known, 1 word, 2 not; saves a string and a regex run per character. */
const wordTable = new Uint8Array(65536);
export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let k = wordTable[c];
  if (!k) wordTable[c] = k = WORD.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

export function isSpaceAt(text: string, i: number): boolean {
  return i < 0 || i >= text.length || isSpace(text.charCodeAt(i));
}

const APOS = /[\u2019\u02bc]/g;
const charStrings: string[] = [];

/**
 * Tokenizes text[from, to). `quoteChars` are the characters that may be quote marks;
 * `abbreviations` (lower-case, no period) keep their period.
 */
export function tokenize(text: string, from: number, to: number, quoteChars: Set<string>, abbreviations: Set<string>): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isWordChar(text, i)) {
      i++;
      for (;;) {
        while (i < to && isWordChar(text, i)) i++;
        // Joiners inside a word: don't, Russia’s, well-known, 1,700, 3.5, U.S.
        const j = text[i];
        if (i + 1 < to && (j === "'" || j === "\u2019" || j === "-" || j === "." || j === "," || j === "/") && isWordChar(text, i + 1)) {
          if (j === "," && !(isDigit(text, i - 1) && isDigit(text, i + 1))) break;
          if (j === "." && !(isDigit(text, i + 1) || i - start === 1 || text[i - 2] === "." || isDomainEnd(text, i + 1, to) || isRealiiAt(text, i + 1))) break;
          // "RFE/RL": two acronyms joined by a slash are one name ("Jane Doe/Reuters" is two).
          if (j === "/" && !(isUpperAt(text, i - 1) && isUpperAt(text, i + 1) && isUpperAt(text, i + 2))) break;
          i++;
          continue;
        }
        break;
      }
      // "U.S.", "Mr.", and initials ("Adam B. Schiff") keep their period: it ends no sentence.
      if (text[i] === "." && i < to) {
        const w = text.slice(start, i);
        if ((i - start >= 3 && text[i - 2] === ".") || abbreviations.has(w.toLowerCase()) || (i - start === 1 && w !== w.toLowerCase())) i++;
      }
      const s = text.slice(start, i);
      const c0 = s.charAt(0);
      const cap = c0 !== c0.toLowerCase();
      out.push({ start, end: i, type: Tok.Word, lower: s.toLowerCase().replace(APOS, "'"), cap, acronym: cap && s.length > 1 && s === s.toUpperCase(), inQ: false });
      continue;
    }
    // One shared string per character: hostile text of 100,000 marks must not allocate 100,000.
    const ch = (charStrings[c] ??= String.fromCharCode(c));
    // Two straight apostrophes stand for a double quote in some newswire text (''Yes,'' he said).
    // In ''' the first mark closes the inner single quote and the pair the outer one.
    const pair = c === 39 && text.charCodeAt(i + 1) === 39 && i + 1 < to && text.charCodeAt(i + 2) !== 39;
    const width = (c >= 0xd800 && c <= 0xdbff && i + 1 < to) || pair ? 2 : 1;
    i += width;
    out.push({ start, end: i, type: quoteChars.has(ch) ? Tok.Quote : Tok.Punct, lower: width === 1 ? ch : text.slice(start, i), cap: false, acronym: false, inQ: false });
  }
  return out;
}

// Top-level domains of names that outlets go by ("Polygraph.info", "Meduza.io", "Svoboda.org").
const DOMAINS = new Set("com org net info io ru ua tv gov edu uk eu de fr kz by ge am az md news".split(" "));

/** RFE/RL's regional sites: "Sibir.Realii", "Kavkaz.Realii", "Крым.Реалии", "Донбас.Реалії". */
const REALII = /(?:Realii|Реалии|Реалії)(?![\p{L}])/uy;

/** "Realii" starts at `i`: the second half of one of RFE/RL's regional sites' names. */
function isRealiiAt(text: string, i: number): boolean {
  REALII.lastIndex = i;
  return REALII.test(text);
}

/** A lower-case domain ending from `i` to the end of the word: "info" in "Polygraph.info". */
function isDomainEnd(text: string, i: number, to: number): boolean {
  let k = i;
  while (k < to && k - i <= 4 && text.charCodeAt(k) >= 97 && text.charCodeAt(k) <= 122) k++;
  return k > i + 1 && (k >= to || !isWordChar(text, k)) && DOMAINS.has(text.slice(i, k)) && !isDigit(text, i - 2);
}

function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90;
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}
