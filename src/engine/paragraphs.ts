// Paragraph boundaries shared by every language's reader: quotes may run on over paragraphs,
// so pairing looks at where each paragraph starts.

/** [start, end) of each non-blank line of the text. */
export function paragraphRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) {
      if (text.slice(start, i).trim()) out.push([start, i]);
      start = i + 1;
    }
  }
  return out;
}

/** The first visible character in [from, to): tells whether the next paragraph opens with a quote mark. */
export function firstMark(text: string, from: number, to: number): string | undefined {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 32) return text[i];
  return undefined;
}
