import { extract } from "../../../src/engine";
import { byCue, contentOf } from "../helpers/attributions";

// Sentences of wire copy and war reporting, as a reader of RFE/RL meets them, that used to show a
// wrong highlight or a wrong source in the panel.
const LEAD = "The talks ended without agreement on Sunday.\n\n";

describe("a dateline opening the paragraph is the writer's, not the speaker's", () => {
  test.each([
    ["LONDON — After nearly 20 years of hostile relations, the government plans to lift the sanctions, officials said late Thursday.", "After nearly 20 years"],
    ["KYIV (Reuters) – Russia launched 30 drones and two missiles at Ukraine overnight, the Ukrainian Air Force said.", "Russia launched"],
    ["MOSCOW -- The Kremlin has not received the proposal, officials said.", "The Kremlin"],
  ])("%s", (paragraph, opening) => {
    expect(contentOf(byCue(extract(LEAD + paragraph), "said"))).toMatch(new RegExp(`^${opening}`));
  });

  test("capitals inside a sentence stay (“NATO leaders said …”)", () => {
    expect(contentOf(byCue(extract(LEAD + "The summit ended early. NATO — the alliance — will respond, its leaders said."), "said"))).toMatch(/^NATO/);
  });
});

describe("armed forces and public bodies are organizations under their full name", () => {
  test.each([
    ["Russia launched 30 drones overnight, the Ukrainian Air Force said.", "Ukrainian Air Force"],
    ["The National Guard said it had repelled the attack near the village.", "National Guard"],
    ["Tourism is critical to Tunisia's economy, according to the World Travel & Tourism Council.", "World Travel & Tourism Council"],
  ])("%s", (sentence, name) => {
    const [a] = extract(LEAD + sentence);
    expect(a?.source).toMatchObject({ type: "organization", canonical: name });
  });
});

test("“calls into question” reports nothing", () => {
  expect(byCue(extract(LEAD + "Inequality calls into question the idea that the economy works for everyone."), "calls")).toBeUndefined();
});

test("a publication line is no claim (“CNNMoney (New York) First published February 1, 2016: 1:28 AM ET”)", () => {
  const text = LEAD + "The levels of assistance are lower than elsewhere, the report found.\n\nCNNMoney (New York) First published February 1, 2016: 1:28 AM ET";
  expect(extract(text).map((a) => a.cue.text)).toEqual(["found"]);
});

test("organizations in the plural are organizations, and “the ministries” points back to them", () => {
  const list = extract(LEAD + "The Russian and Syrian defense ministries accused Washington of blocking the aid convoy. The ministries said the convoy had been attacked twice.");
  expect(list.map((a) => a.source.type)).toEqual(["organization", "organization"]);
  expect(list[1]?.source.resolved).toBe(list[0]?.source.canonical);
});

test("a time after the speaker's name is not part of the source (“Vladimir Putin on Tuesday accused …”)", () => {
  const list = extract(LEAD + "Russian President Vladimir Putin on Tuesday accused the West of trying to destroy Russia. Prime Minister Theresa May said the deal was done.");
  expect(list.map((a) => a.source.text)).toEqual(["Russian President Vladimir Putin", "Prime Minister Theresa May"]);
});

describe("one person under one name in the panel", () => {
  test("“Mr Obama” (British style) groups with “President Barack Obama”", () => {
    const list = extract(LEAD + "Mr Obama told the BBC that gun control was his biggest frustration. President Barack Obama said the talks would go on.");
    expect(list.map((a) => a.source.canonical)).toEqual(["Barack Obama", "Barack Obama"]);
  });

  test("a journalist named after the outlet's role is a person (“The BBC's North America editor Jon Sopel said”)", () => {
    const list = extract(LEAD + "The BBC's North America editor Jon Sopel said the president did not sound confident. Sopel added that the trip was short.");
    expect(list.map((a) => [a.source.type, a.source.canonical])).toEqual([
      ["person", "Jon Sopel"],
      ["person", "Jon Sopel"],
    ]);
  });
});

test("a pronoun with a contracted verb resolves like the pronoun (“He’d said …”), and “Let’s” is nobody", () => {
  const list = extract(LEAD + "Fernando Caudevilla said the clinic was busy. He’d said the tests were reliable. Let’s say the plan works.");
  expect(list.map((a) => a.source.resolved ?? a.source.canonical)).toEqual(["Fernando Caudevilla", "Fernando Caudevilla"]);
});

test("agencies named by their initials are organizations (“The FSB said”, “according to the CDC”), and “Please note” names nobody", () => {
  const list = extract(LEAD + "The FSB said it had detained two men near the border. About 2 million people get sick from a superbug every year, according to the CDC. Please note this is the first half of the story.");
  expect(list.map((a) => [a.source.canonical, a.source.type])).toEqual([
    ["FSB", "organization"],
    ["CDC", "organization"],
  ]);
});

describe("a verb is not a source", () => {
  test("the subject before it is (“the conservative PPP also remained formally opposed to …”)", () => {
    const a = byCue(extract(LEAD + "But the conservative PPP also remained formally opposed to a bill appointing a special prosecutor."), "opposed");
    expect(a?.source.text).toBe("the conservative PPP");
  });

  test("a possessive does not end an inverted subject (“Lee, the party leader, said Yoon’s “…” had …”)", () => {
    const a = byCue(extract(LEAD + "Lee, the Democratic Party leader, said Yoon’s “unconstitutional and illegal declaration of martial law” had caused chaos."), "said");
    expect(a?.source.text).toBe("Lee");
    expect(contentOf(a)).toMatch(/^Yoon’s “unconstitutional/);
  });

  test("“the accused” after a determiner is still a noun", () => {
    expect(byCue(extract(LEAD + "The accused said he was innocent of all the charges against him."), "said")?.source.text).toBe("The accused");
  });
});

test("after “according to”, a noun that is also a cue stays in the source (“the explanatory notes of the British Bill”)", () => {
  const a = byCue(extract(LEAD + "Journalists would be protected by a new code, according to the explanatory notes of the British Bill published on Monday."), "according to");
  expect(a?.source.text).toBe("the explanatory notes of the British Bill");
});

test("countries and capitals speaking are organizations, a person named like one is not", () => {
  const list = extract(LEAD + "South Africa said Mr Mugabe was safe and well. Minsk denied the report on Monday. Jordan Peterson said the book was finished.");
  expect(list.map((a) => [a.source.text, a.source.type])).toEqual([
    ["South Africa", "organization"],
    ["Minsk", "organization"],
    ["Jordan Peterson", "person"],
  ]);
});

test("“— according to X —” between dashes: the content is both sides", () => {
  const a = byCue(extract(LEAD + "Journalists would be covered by a code including — according to the explanatory notes of the British Bill — a provision to protect the confidentiality of sources."), "according to");
  expect(contentOf(a, " | ")).toBe("Journalists would be covered by a code including | a provision to protect the confidentiality of sources");
});

describe("credit lines in RFE/RL's forms name the agencies", () => {
  test.each([
    ["Based on reporting by RFE/RL's Ukrainian Service, Reuters, and AFP", "Based on reporting by", "RFE/RL's Ukrainian Service, Reuters, and AFP"],
    ["(With reporting by Reuters and AP)", "With reporting by", "Reuters and AP"],
    ["RFE/RL's Kazakh Service contributed to this report.", "contributed to this report", "RFE/RL's Kazakh Service"],
    ["(Reporting by Amanda Becker; Editing by Matthew Lewis)", "Reporting by", "Amanda Becker"],
  ])("%s", (line, cue, names) => {
    const credit = extract(LEAD + line).find((a) => a.kind === "credit");
    expect(credit).toMatchObject({ cue: { text: cue }, source: { text: names, type: "media" } });
  });

  test("a sentence that mentions a contribution is no credit", () => {
    expect(extract(LEAD + "Officials said the European Union contributed to this report on the crisis last year.").filter((a) => a.kind === "credit")).toEqual([]);
  });
});

test("“…, officials said on November 28, as talks went on”: the claim is the clause before", () => {
  const text = LEAD + "A Russian drone attack damaged an energy facility in Kharkiv, Ukrainian officials said on November 28, as Kyiv and Washington continued talks.";
  const said = byCue(extract(text), "said");
  expect(said?.source.text).toBe("Ukrainian officials");
  expect(contentOf(said)).toBe("A Russian drone attack damaged an energy facility in Kharkiv");
});

test("“X was quoted by the Mizan news agency as saying …” gives X, not the agency", () => {
  const text = LEAD + "Iran's judiciary spokesman, Asghar Jahangir, was quoted by the Mizan news agency as saying that the detained journalist had confessed.";
  const quoted = byCue(extract(text), "as saying");
  expect(quoted?.source).toMatchObject({ text: "Iran's judiciary spokesman, Asghar Jahangir", canonical: "Asghar Jahangir" });
  expect(contentOf(quoted)).toBe("the detained journalist had confessed");
});

test("“…, with Peskov calling the accusations “absurd”” is Peskov's, and ends the Kremlin's denial", () => {
  const found = extract(LEAD + "The Kremlin has denied any involvement in the incident, with Peskov calling the accusations “absurd.”");
  expect(contentOf(byCue(found, "denied"))).toBe("any involvement in the incident");
  const calling = byCue(found, "calling");
  expect(calling?.source.text).toBe("Peskov");
  expect(contentOf(calling)).toBe("the accusations “absurd.”");
});

describe("family and unnamed groups", () => {
  test("“Zhylanbaev's wife, Aigul, told reporters” is Aigul, and “She said” next is her", () => {
    const found = extract(LEAD + "Prosecutors had asked for eight years.\n\n“We will keep fighting,” Zhylanbaev's wife, Aigul, told reporters outside the courthouse. She said the family had not been allowed to see him.");
    expect(byCue(found, "told reporters")?.source.canonical).toBe("Aigul");
    expect(byCue(found, "said")?.source).toMatchObject({ text: "She", resolved: "Aigul" });
  });

  test.each(["Prosecutors", "Activists", "Investigators"])("“%s said …” are unnamed people", (group) => {
    expect(byCue(extract(LEAD + `${group} said the case would go to court next month.`), "said")?.source.type).toBe("anonymous");
  });
});

describe("sources RFE/RL's copy names that the rules misread", () => {
  test("“welcomed the releases in a statement posted on X but warned that …”: the statement's participle is no cue", () => {
    const found = extract(LEAD + "Exiled opposition leader Sviatlana Tsikhanouskaya welcomed the releases in a statement posted on X but warned that “more than 1,100 people remain behind bars.”");
    expect(byCue(found, "posted")).toBeUndefined();
    expect(byCue(found, "warned")?.source.canonical).toBe("Sviatlana Tsikhanouskaya");
  });

  test("“Japarov, in an interview with Kabar, called the measures “unfair” and said …”: Japarov both times", () => {
    const found = extract(LEAD + "Kyrgyz President Sadyr Japarov, in an interview with the state news agency Kabar, called the measures “unfair” and said Kyrgyzstan “cannot be held responsible for the actions of private traders.”");
    expect(byCue(found, "called")?.source.canonical).toBe("Sadyr Japarov");
    expect(byCue(found, "said")?.source.canonical).toBe("Sadyr Japarov");
  });

  test("“…, BelTA reported, citing a source …”: an agency after what it reported", () => {
    const reported = byCue(extract(LEAD + "Further releases are expected to follow before the end of the year, BelTA reported, citing a source in the presidential administration."), "reported");
    expect(reported?.source).toMatchObject({ text: "BelTA", type: "media" });
    expect(contentOf(reported)).toBe("Further releases are expected to follow before the end of the year");
  });

  test("“OVD-Info said …”: capitals inside one word name a body, not a person", () => {
    expect(byCue(extract(LEAD + "OVD-Info said at least 40 people had been detained in Moscow."), "said")?.source.type).toBe("organization");
  });

  test("“Moscow denies deliberately targeting civilians, despite …”: the denial ends before the writer's “despite”", () => {
    expect(contentOf(byCue(extract(LEAD + "Moscow denies deliberately targeting civilians, despite extensive evidence of such attacks."), "denies"))).toBe("deliberately targeting civilians");
  });

  test.each([
    ["Russia has denied any involvement in the incident."],
    ["Moscow insists the strikes were legal."],
  ])("claims and denials are kept: %s", (sentence) => {
    expect(extract(LEAD + sentence)).toHaveLength(1);
  });
});

test("“BRUSSELS -- The European Union …”: a dateline is never a speaker", () => {
  const found = extract(LEAD + "BRUSSELS -- The European Union adopted new sanctions on December 5, saying Russia must pay for its war.");
  expect(found.map((a) => a.source.text)).not.toContain("BRUSSELS");
  expect(byCue(found, "saying")?.source.text).toBe("The European Union");
});

test("“a pensioner who said she had planned to attend, told RFE/RL that …”: the relative clause ends at its comma", () => {
  const found = extract(LEAD + "Akmaral Zhunusova, a pensioner who said she had planned to attend the rally, told RFE/RL that her heating bill had doubled.");
  expect(contentOf(byCue(found, "said"))).toBe("she had planned to attend the rally");
  expect(byCue(found, "told")?.source.text).toBe("Akmaral Zhunusova");
});
