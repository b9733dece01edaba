import { extract } from "../../../src/engine";
import { byCue, contentOf } from "../helpers/attributions";

// Subjects the reader of a sentence finds at once and the rules used to miss: a noun phrase with
// its modifier after it ("Aides to Clinton", "sources close to her campaign"), and the subject of
// a participle after an opening adverb ("Then he took the stage, calling …").
const LEAD = "The candidate spoke at a rally in Des Moines on Monday.\n\n";

describe("a subject with a modifier after its noun", () => {
  test.each([
    ["Aides to Clinton say she is shifting her tack toward rival Bernie Sanders.", "say", "Aides to Clinton"],
    ["Rather, sources close to her campaign say she stands fully behind the president's decision.", "say", "sources close to her campaign"],
    ["People familiar with the talks say the deal could be signed as early as next week.", "say", "People familiar with the talks"],
  ])("%s", (sentence, cue, source) => {
    const a = byCue(extract(LEAD + sentence), cue);
    expect(a?.source.text).toBe(source);
    expect(a?.source.type).toBe("anonymous");
    expect(contentOf(a, " ")).toMatch(/^(she|the deal)/);
  });

  test("a participle after the noun (“A court document filed Thursday says …”)", () => {
    const a = byCue(extract(LEAD + "A court document filed Thursday says that the campaign manager will not be prosecuted."), "says");
    expect(a?.source.text).toBe("A court document");
    expect(a?.source.type).toBe("document");
    expect(contentOf(a, " ")).toBe("the campaign manager will not be prosecuted");
  });
});

describe("the subject of a participle is not an opening adverb", () => {
  test("“Then he took the stage, calling …”: he", () => {
    const a = byCue(extract("Donald Trump arrived in Ohio on Monday.\n\nThen he took the stage, calling his rival “a total disaster for the country.”"), "calling");
    expect(a?.source.text).toBe("he");
  });

  test("“Hours later, Smith took to Twitter, telling …”: Smith", () => {
    const a = byCue(extract("The senator faced questions on Monday.\n\nHours later, Senator Jane Smith took to Twitter, telling followers that the bill would pass next week."), "telling");
    expect(a?.source.text).toBe("Senator Jane Smith");
    expect(contentOf(a, " ")).toBe("the bill would pass next week");
  });
});

test("“Zelenskiy, in his nightly video address, urged allies to …”: the subject before the aside urges", () => {
  const urged = byCue(extract("Kyiv asks for help.\n\nZelenskiy, in his nightly video address, urged allies to speed up deliveries of air-defense systems."), "urged");
  expect(urged?.source.text).toBe("Zelenskiy");
  expect(contentOf(urged)).toBe("allies to speed up deliveries of air-defense systems");
});
