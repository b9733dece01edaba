import { extract, groupSources } from "../../../src/engine";
import { byCue } from "../helpers/attributions";

// Sources a reader would see wrong in the panel: a sentence's opening word taken for its speaker,
// and a document named instead of whoever wrote it.
const LEAD = "The talks ended without agreement on Sunday.\n\n";

describe("an opening word before the subject is not the speaker", () => {
  test.each([
    ["Meanwhile, the Kremlin said the call with the French president had been useful and frank.", "the Kremlin"],
    ["However, the State Department said it would review the decision before the end of the month.", "the State Department"],
    ["Regardless, the ministry said the decision on the new pipeline was final and would not be revisited.", "the ministry"],
  ])("%s", (sentence, source) => {
    expect(byCue(extract(LEAD + sentence), "said")?.source.text).toBe(source);
  });

  test("a name with an apposition closed by a comma keeps the name (“Dean Johnson, a salesman, says”)", () => {
    const text = "Dean Johnson, a 55-year-old salesman from Sumter, says he will vote for the first time in twenty years.";
    expect(byCue(extract(text), "says")?.source.text).toBe("Dean Johnson");
  });
});

describe("“according to” a document names its author", () => {
  test("“according to a report by Human Rights Watch”", () => {
    const text = LEAD + "At least 12 civilians were killed in the overnight strike on the city, according to a report by Human Rights Watch.";
    const a = byCue(extract(text), "according to");
    expect(a?.source.text).toBe("Human Rights Watch");
    expect(a?.source.type).toBe("organization");
  });

  test("“according to a court document filed by …”", () => {
    const text = LEAD + "The vote was delayed until next month, according to a court document filed by state attorney Dave Aronberg.";
    expect(byCue(extract(text), "according to")?.source.canonical).toBe("Dave Aronberg");
  });

  test("“according to a report from …” is found, its owner the canonical source", () => {
    const text = LEAD + "According to a report from Amnesty International, more than half of the detainees were tortured in custody.";
    expect(byCue(extract(text), "according to")?.source.canonical).toBe("Amnesty International");
  });
});

describe("a participle clause between commas", () => {
  test("between a subject and its verb, it ends before the verb (“Russian state media, citing …, reported”)", () => {
    const list = extract(LEAD + "Russian state media, citing unnamed sources, reported that the talks would resume in Istanbul next week.");
    expect(byCue(list, "reported")?.source.text).toBe("Russian state media");
    const citing = byCue(list, "citing");
    if (citing) expect(citing.content).toMatchObject({ text: "unnamed sources" });
  });

  test("after an opening adverbial, its subject comes after it (“Then, calling …, the lawyer left”)", () => {
    const a = byCue(extract(LEAD + "Then, calling the verdict a travesty, the lawyer left the courtroom without comment."), "calling");
    expect(a?.source.text).toBe("the lawyer");
    expect(a?.content).toMatchObject({ text: "the verdict a travesty" });
  });

  test("after a name, the name is its subject, and an irregular verb ends it (“Smith, calling …, left”)", () => {
    const a = byCue(extract(LEAD + "Smith, calling the verdict a travesty, left the courtroom without comment."), "calling");
    expect(a?.source.text).toBe("Smith");
    expect(a?.content).toMatchObject({ text: "the verdict a travesty" });
  });
});

describe("a description with the speaker's name in apposition", () => {
  test("groups with the name's later mentions (“His lawyer, Ivan Pavlov, told …”, “Pavlov said”)", () => {
    const list = extract(LEAD + "His lawyer, Ivan Pavlov, told RFE/RL that the verdict would be appealed. Pavlov said the charges were fabricated.");
    expect(byCue(list, "told")?.source).toMatchObject({ text: "His lawyer, Ivan Pavlov", canonical: "Ivan Pavlov", type: "person" });
    expect(byCue(list, "said")?.source.canonical).toBe("Ivan Pavlov");
  });

  test("a place in apposition stays out (“The mayor of Des Moines, Iowa, said”)", () => {
    expect(byCue(extract(LEAD + "The mayor of Des Moines, Iowa, said the city was ready for the caucuses."), "said")?.source.text).toBe("The mayor of Des Moines");
  });
});

describe("a named speaker and “that” are kept even when what follows is short", () => {
  test("“Kallas later added that sanctions would follow.”", () => {
    const list = extract(LEAD + "The EU's foreign policy chief, Kaja Kallas, wrote on X that the attack was barbaric. Kallas later added that sanctions would follow.");
    expect(byCue(list, "added")).toMatchObject({ source: { canonical: "Kaja Kallas" }, content: { text: "sanctions would follow" } });
  });
});

describe("documents", () => {
  test("a participle describing a document is not a cue, and the document is the source (“A statement posted on … said”)", () => {
    const list = extract(LEAD + "A statement posted on the ministry's website said the ambassador had been summoned to explain the remarks.");
    expect(list.map((a) => a.cue.text)).toEqual(["said"]);
    expect(list[0]?.source.type).toBe("document");
  });

  test("“The report … found that …” is kept however short, and is not taken for an earlier statement", () => {
    const list = extract(LEAD + "A statement posted on the ministry's website said the ambassador had been summoned. The report, released on Wednesday, found that torture was widespread. The statement added that talks would continue.");
    expect(byCue(list, "found")?.source).toMatchObject({ text: "The report", canonical: "report" });
    expect(byCue(list, "added")?.source.resolved).toBe(byCue(list, "said")?.source.canonical);
  });
});

describe("a question put to a source is not the source's words", () => {
  test("“Asked whether …, Peskov said …”: the question is listed as put to Peskov, his answer as his", () => {
    const found = extract("Kremlin spokesman Dmitry Peskov spoke on Monday.\n\nAsked whether Putin would meet Trump before the end of the year, Peskov said such a meeting was possible.");
    const groups = groupSources(found).map((g) => g.canonical);
    expect(byCue(found, "Asked")?.source).toMatchObject({ text: "Peskov", canonical: "Question to Dmitry Peskov" });
    expect(byCue(found, "said")?.source.canonical).toBe("Dmitry Peskov");
    expect(groups).toEqual(expect.arrayContaining(["Dmitry Peskov", "Question to Dmitry Peskov"]));
  });

  test("“Asked by Stephanopoulos to respond …”: a named asker is the question's source", () => {
    const found = extract("The debate went on.\n\nAsked by Stephanopoulos to respond to the charge, Sanders said he stood by it.");
    expect(byCue(found, "Asked")?.source.canonical).toBe("Stephanopoulos");
  });
});
