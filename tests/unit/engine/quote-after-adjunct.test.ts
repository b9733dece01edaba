import { extract } from "../../../src/engine";
import { byCue, contentOf } from "../helpers/attributions";

// "X said on Tuesday, “…”": what a reader sees highlighted as said must be the quotation, not the
// time, place or audience the writer put between the verb and the quote.
const LEAD = "The talks ended without agreement on Sunday.\n\n";

describe("a time, place or audience between a speech verb and its quotation", () => {
  test.each([
    ["As Michael Dell said last week in Tel Aviv, “Israel is the center of the digital future.”", "said", "“Israel is the center of the digital future.”"],
    ["Zelenskiy said in his nightly video address: “We will respond to every strike.”", "said", "“We will respond to every strike.”"],
    ["Peskov told reporters on Monday, “There is nothing to add to what the president said.”", "told reporters", "“There is nothing to add to what the president said.”"],
  ])("%s", (sentence, cue, quote) => {
    const a = byCue(extract(LEAD + sentence), cue);
    expect(a?.content).toMatchObject({ text: quote });
    expect(a?.kind).toBe("direct");
  });

  test("a quotation inside a sentence that goes on is part of a longer claim", () => {
    const a = byCue(extract(LEAD + "The minister said the plan, “a disaster in the making,” would fail within a year."), "said");
    expect(a?.content).toMatchObject({ text: "the plan, “a disaster in the making,” would fail within a year" });
  });

  test("the object of a stance verb stays its content (“referred to her by a nickname, “Gert.””)", () => {
    const a = byCue(extract(LEAD + "In the interview, Clinton referred to her by a nickname, “Gert.”"), "referred to");
    expect(a?.content).toMatchObject({ text: "her by a nickname, “Gert.”" });
  });
});

describe("“quoted … as saying”: the words are the quoted speaker's", () => {
  test.each([
    ["The Interfax news agency quoted Deputy Foreign Minister Sergei Ryabkov as saying that Moscow would respond to the new sanctions.", "Sergei Ryabkov"],
    ["Putin was quoted as saying the West had crossed a red line with its latest deliveries of weapons.", "Putin"],
  ])("%s", (sentence, speaker) => {
    const list = extract(LEAD + sentence);
    expect(list).toHaveLength(1);
    expect(list[0]?.source.canonical).toBe(speaker);
    expect(list[0]?.content).toMatchObject({ text: expect.stringMatching(/^(Moscow|the West)/) });
  });

  test("“quoted him as saying” resolves “him” like “he”", () => {
    const list = extract(LEAD + "Kremlin spokesman Dmitry Peskov said the delegation was ready. TASS quoted him as saying the talks would continue in Istanbul next week.");
    expect(byCue(list, "as saying")?.source).toMatchObject({ text: "him", canonical: "Dmitry Peskov" });
  });
});

describe("“was quoted as saying” after the words", () => {
  test("a reported clause before it is the content (“…, the Tuva government was quoted as saying by Interfax.”)", () => {
    const a = byCue(extract(LEAD + "Local people reported a flash of light west of the regional capital, the Tuva government was quoted as saying late Thursday by the Interfax news agency."), "as saying");
    expect(a?.source.text).toBe("the Tuva government");
    expect(a?.content).toMatchObject({ text: expect.stringMatching(/^Local people reported a flash of light/) });
  });

  test("a short quotation before it is kept (“We are ready,” Peskov was quoted as saying by TASS.)", () => {
    const a = byCue(extract(LEAD + "“We are ready,” Peskov was quoted as saying by TASS."), "as saying");
    expect(a).toMatchObject({ kind: "direct", source: { text: "Peskov" }, content: { text: "“We are ready,”" } });
  });
});

test("a quote paragraph left open after “…,” X said. is X's, once, not also the next speaker's", () => {
  const text = LEAD + "“The case was fabricated from the start,” Ahmedov said.\n\n“He never called for violence. He only criticized the officials who stole public money.\n\n“The prosecutors did not present a single witness,” he added.";
  const list = extract(text);
  const pieces = list.flatMap((a) => (Array.isArray(a.content) ? a.content : [a.content]).map((c) => c.start));
  expect(new Set(pieces).size).toBe(pieces.length);
  expect(byCue(list, "said")?.content).toHaveLength(2);
  expect(byCue(list, "added")?.content).toMatchObject({ text: "“The prosecutors did not present a single witness,”" });
});

describe("what was said starts after the time, place or platform", () => {
  test.each([
    ["The Kremlin said in a statement after a phone call between the two presidents on November 26 that they had agreed to keep in contact.", "they had agreed to keep in contact"],
    ["Pavel Latushka said on Telegram the releases showed that pressure works.", "the releases showed that pressure works"],
    ["Peskov said on Monday the talks had failed.", "the talks had failed"],
    ["He said in Kyiv on Friday Russia would pay for the strikes.", "Russia would pay for the strikes"],
  ])("%s", (sentence, said) => {
    expect(contentOf(byCue(extract("Talks resumed.\n\n" + sentence), "said"))).toBe(said);
  });

  test("“…, the Mizan news agency reported, despite appeals …”: the writer's clause is not what was reported", () => {
    const text = "Talks resumed.\n\nIran executed a man on December 2, the Mizan news agency reported, despite appeals from rights groups.";
    expect(contentOf(byCue(extract(text), "reported"))).toBe("Iran executed a man on December 2");
  });
});

test("“Kyiv and its European allies criticized …”: both are the subject", () => {
  expect(byCue(extract("Talks resumed.\n\nKyiv and its European allies criticized early drafts as heavily favoring Moscow."), "criticized")?.source.text).toBe("Kyiv and its European allies");
});
