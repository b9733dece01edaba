import { extract } from "../../../src/engine";
import { byCue } from "../helpers/attributions";

// Attributions found with the wrong source (PolNeAR train, scripts/polnear-misses.mjs --wrong),
// rewritten as sentences of our own.

describe("a participle's subject comes after an opening adverbial", () => {
  test("“Instead, the senator …, hoping …”: not “Instead”", () => {
    const text = "Instead, the Vermont senator is sticking to his campaign message on jobs and trade, hoping to avoid any misstep before the primary.";
    expect(byCue(extract(text), "hoping")?.source.text).toBe("the Vermont senator");
  });

  test("“Later in the day, she …, criticizing …”: not “Later in the day”", () => {
    const text = "Later in the day, she escalated her attacks on the governor's record on guns, criticizing him for repeated votes against the bill in the 1990s.";
    expect(byCue(extract(text), "criticizing")?.source.text).toBe("she");
  });

  test("a sentence that opens with its subject keeps it (“Clinton, 68, …, saying …”)", () => {
    const text = "Clinton, 68, took the stage in Des Moines on a cold evening, saying that the race was far from over and that she would fight on.";
    expect(byCue(extract(text), "saying")?.source.text).toBe("Clinton");
  });
});

describe("a place before an apposition's comma is no speaker", () => {
  test("“in Ames, Iowa, the candidate repeated …”: not “Iowa”", () => {
    const text = "During a campaign stop in Ames, Iowa, the Republican presidential candidate repeated his promise to repeal the new rules on guns.";
    expect(byCue(extract(text), "repeated")?.source.text).toBe("the Republican presidential candidate");
  });

  test("a name opening the sentence keeps its apposition (“Dean Johnson, a salesman from Sumter, says”)", () => {
    const text = "Dean Johnson, a 55-year-old salesman from Sumter, says he will vote for the governor in the primary next month.";
    expect(byCue(extract(text), "says")?.source.text).toBe("Dean Johnson");
  });
});

describe("group names leave out a capitalised function word opening the sentence", () => {
  test("“When Maddow asked …” does not make every Maddow “When Maddow”", () => {
    const text = "When Maddow asked about the debate schedule, the candidate laughed. Maddow said the network would host two more debates in March.";
    const a = extract(text).find((x) => x.source.text === "Maddow");
    expect(a?.source.canonical).toBe("Maddow");
  });

  test("“But Asa Khalif …” groups as “Asa Khalif”", () => {
    const text = "But Asa Khalif stayed at the protest until midnight. Khalif said the police had ignored the marchers for hours.";
    expect(extract(text).find((x) => x.source.text === "Khalif")?.source.canonical).toBe("Asa Khalif");
  });
});

describe("a plural common noun opening the sentence is no person's name", () => {
  test("“Officials said …” is an anonymous source, and a later “He” does not point to it", () => {
    const text = "Mayor Tom Reed said the water in the eastern district was safe to drink. Officials said the pipes would be replaced within a year. He said the city would pay for the work.";
    const list = extract(text);
    expect(list.find((a) => a.source.text === "Officials")?.source.type).toBe("anonymous");
    expect(list.find((a) => a.source.text === "He")?.source.resolved).toBe("Tom Reed");
  });

  test("a capitalised singular stays a name (“King said …”)", () => {
    expect(extract("King said the bill was dead in the Senate for this year.")[0]?.source.type).toBe("person");
  });
});
