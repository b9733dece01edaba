// The learned scorer's weights ship as one packed string, about half the size of a JSON object
// (every byte is compiled by the background on start-up). Entries are sorted by feature name; each is a line
// "<prefix><suffix>\t<weight × 1000>", where <prefix> is one character, code 48 + n, meaning the
// first n characters are those of the previous name. scripts/train-scorer.mjs writes it.

export function unpackWeights(packed: string): Record<string, number> {
  const weights: Record<string, number> = {};
  let previous = "";
  for (const line of packed.split("\n")) {
    const tab = line.lastIndexOf("\t");
    if (tab < 1) continue;
    const name = previous.slice(0, line.charCodeAt(0) - 48) + line.slice(1, tab);
    weights[name] = Number(line.slice(tab + 1)) / 1000;
    previous = name;
  }
  return weights;
}
