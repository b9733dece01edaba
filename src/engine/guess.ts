// Guesses the language of a plain text (the CLI's .txt files, which carry no <html lang>):
// Cyrillic letters unique to Ukrainian or Russian decide between the two; Latin text is English
// unless another language's function words outnumber English ones.

export type GuessedLanguage = "en" | "ru" | "uk";

const SAMPLE = 20_000;
const MIN_LETTERS = 12;
const EN = new Set("the and of to in that is was for on with said he she it as by at from".split(" "));
const OTHER = new Set("le la les des est une und der die das ist nicht el los las que por para il di che della".split(" "));

export function guessLanguage(text: string): GuessedLanguage | undefined {
  if (typeof text !== "string") return undefined;
  const s = text.slice(0, SAMPLE).toLowerCase();
  let cyr = 0;
  let lat = 0;
  let uk = 0;
  let ru = 0;
  let other = 0;
  for (const ch of s) {
    if (ch >= "a" && ch <= "z") lat++;
    else if (ch >= "\u0400" && ch <= "\u04ff") {
      cyr++;
      if ("іїєґ".includes(ch)) uk++;
      else if ("ыэъё".includes(ch)) ru++;
      // Belarusian ў, Serbian and Macedonian letters, Kazakh and Kyrgyz ones: not ours.
      else if ("ўјљњћџѓќѕәғқңөұүһ".includes(ch)) other++;
    }
  }
  if (cyr >= lat && cyr >= MIN_LETTERS) {
    if (other * 4 > uk + ru) return undefined;
    return uk > ru ? "uk" : ru > 0 ? "ru" : undefined;
  }
  if (lat < MIN_LETTERS) return undefined;
  let en = 0;
  let foreign = 0;
  for (const w of s.match(/[a-z]+/g) ?? []) {
    if (EN.has(w)) en++;
    else if (OTHER.has(w)) foreign++;
  }
  return foreign > en ? undefined : "en";
}
