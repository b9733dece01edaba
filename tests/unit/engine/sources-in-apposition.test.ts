import { extract, groupSources } from "../../../src/engine";
import { byCue, contentOf } from "../helpers/attributions";

// Who is speaking, when RFE/RL's copy names them at length: names in apposition, lists of
// countries, clauses about the speaker, and the outlets of RFE/RL's regional sites.
const LEAD = "The talks ended on Friday.\n\n";
const sourceOf = (paragraph: string, cue: string) => byCue(extract(LEAD + paragraph), cue)?.source;

describe("a name in apposition to a role or a body is the speaker", () => {
  test.each([
    ["Armenia's chief negotiator, Deputy Foreign Minister Armen Galstian, told reporters the sides had settled most issues.", "told reporters", "Armen Galstian"],
    ["The military's media wing, Inter-Services Public Relations (ISPR), said the troops had acted on credible intelligence.", "said", "Inter-Services Public Relations"],
    ["According to his lawyer, Irina Savelyeva, Sukharev faced a fine of up to 20,000 rubles.", "According to", "Irina Savelyeva"],
  ])("%s", (paragraph, cue, name) => {
    expect(sourceOf(paragraph, cue)?.text).toContain(name);
  });

  test("a name the description stands beside stays the speaker (“Vian, the editor of the Vatican's newspaper, L'Osservatore Romano, said”)", () => {
    expect(sourceOf("Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said every pope was political.", "said")?.text).toBe("Giovanni Maria Vian");
  });
});

describe("subjects that run long", () => {
  test.each([
    ["Migrant workers from Tajikistan, Uzbekistan, and Kyrgyzstan say the registry has become a tool for extortion.", "say", "Migrant workers from Tajikistan, Uzbekistan, and Kyrgyzstan"],
    ["Russia, China and Iran said the sanctions were illegal.", "said", "Russia, China and Iran"],
    ["An official with an international aid organization that funds 14 clinics in Herat Province said the group was weighing all options.", "said", "An official with an international aid organization that funds 14 clinics in Herat Province"],
    ["Moldova's breakaway Transdniester region on April 3 accused the government in Chisinau of imposing an economic blockade.", "accused", "Moldova's breakaway Transdniester region"],
    ["A tribal elder, who asked that his name be withheld for fear of reprisals, said villagers had carried the bodies to the road.", "said", "A tribal elder"],
  ])("%s", (paragraph, cue, source) => {
    expect(sourceOf(paragraph, cue)?.text).toBe(source);
  });

  test("“Polls show that majorities favor …” is no relative clause", () => {
    expect(sourceOf("Polls show that majorities favor letting the migrants stay.", "show")?.text).toBe("Polls");
  });
});

test("“told Sibir.Realii that …”: RFE/RL's regional sites are one word, not a sentence end", () => {
  const told = byCue(extract(LEAD + "Yekaterina Lobova, a mother of two who helped organize the rally, told Sibir.Realii that the nearest maternity ward would be 100 kilometers away."), "told");
  expect(told?.source.text).toBe("Yekaterina Lobova");
  expect(contentOf(told)).toBe("the nearest maternity ward would be 100 kilometers away");
});

test("“the diplomat” is the unnamed diplomat met before, and counted with them", () => {
  const found = extract(LEAD + "A Western diplomat familiar with the talks said the gap was narrowing. The diplomat said a deal was possible by spring.");
  expect(found[1]?.source).toMatchObject({ text: "The diplomat", type: "anonymous", resolved: "Western diplomat familiar with the talks" });
  expect(groupSources(found)).toHaveLength(1);
});

test("“Written by … based on reporting by …” in the closing line is a credit", () => {
  const credit = extract(LEAD + "Officials said the border would reopen.\n\nWritten by Bashir Ahmad based on reporting by RFE/RL’s Radio Azadi correspondents in Herat and Farah").find((a) => a.kind === "credit");
  expect(credit?.source.text).toBe("RFE/RL’s Radio Azadi correspondents in Herat and Farah");
});

test("“A tribal elder who asked not to be identified for fear of reprisals said …”: the clause ends at the cue", () => {
  expect(sourceOf("A tribal elder who asked not to be identified for fear of reprisals said villagers had carried the bodies to the road.", "said")?.text).toBe("A tribal elder");
});

test("“…, according to his lawyer, Irina Savelyeva.”: the name ends the sentence", () => {
  expect(sourceOf("Among those detained was Pavel Sukharev, a municipal deputy, according to his lawyer, Irina Savelyeva.", "according to")?.text).toBe("his lawyer, Irina Savelyeva");
});

test("“for repeat offenders”: a cue word after a preposition is no cue, and “urged” after it is the office's", () => {
  const found = extract(LEAD + "After the rally, the town prosecutor’s office warned residents that taking part was punishable by fines and, for repeat offenders, by arrest, and urged them to report “provocations” to the police.");
  expect(byCue(found, "repeat")).toBeUndefined();
  expect(byCue(found, "urged")?.source.text).toBe("the town prosecutor’s office");
});

describe("more of RFE/RL's sentence shapes", () => {
  test("“…, health workers and aid officials have told RFE/RL’s Radio Azadi, a move the UN warned …”: the claim is before", () => {
    const told = byCue(extract(LEAD + "The Taliban has ordered clinics to dismiss their female staff, health workers and aid officials have told RFE/RL’s Radio Azadi, a move the United Nations warned would put lives at risk."), "told");
    expect(told?.source.text).toBe("health workers and aid officials");
    expect(contentOf(told)).toBe("The Taliban has ordered clinics to dismiss their female staff");
  });

  test("“The UN Assistance Mission in Afghanistan (UNAMA) said”: the initials are part of the name", () => {
    expect(sourceOf("The UN Assistance Mission in Afghanistan (UNAMA) said on June 11 that it was “deeply concerned” by the reports.", "said")?.text).toBe("The UN Assistance Mission in Afghanistan (UNAMA)");
  });

  test("“A report released in May by UN agencies found that …”: the report found it", () => {
    expect(sourceOf("A report released in May by UN agencies found that an Afghan woman dies every two hours.", "found")?.text).toBe("A report");
  });

  test("“Russian officials have nevertheless insisted, without providing evidence, that …”: past the aside", () => {
    const insisted = byCue(extract(LEAD + "Russian officials have nevertheless insisted, without providing evidence, that Ukraine was behind it."), "insisted");
    expect(contentOf(insisted)).toBe("Ukraine was behind it");
  });

  test("“the agency said” is the news agency named before", () => {
    const found = extract(LEAD + "The region's official news agency, Novosti Pridnestrovya, reported that more than 200 trucks were lined up at the crossing. Drivers had been told to wait until their documents were reviewed, the agency said.");
    expect(found.find((a) => a.source.text === "the agency")?.source).toMatchObject({ type: "media", resolved: "Novosti Pridnestrovya" });
  });
});

test("“The statement added that weapons, ammunition, and explosives had been recovered …”: a list is not a new clause", () => {
  const added = byCue(extract(LEAD + "The statement added that weapons, ammunition, and explosives had been recovered from the compound."), "added");
  expect(contentOf(added)).toBe("weapons, ammunition, and explosives had been recovered from the compound");
});

describe("from a third set of RFE/RL-style articles", () => {
  test.each([
    ["The EU-led peacekeeping force in Bosnia, EUFOR, said it was monitoring the situation.", "said", "EUFOR"],
    ["Hungary's minister for EU affairs, Adrienn Kovacs, wrote on Facebook that Budapest had fulfilled every commitment.", "wrote", "Adrienn Kovacs"],
    ["A former Chechen police officer now living in Western Europe told RFE/RL that detainees are held at police bases.", "told", "A former Chechen police officer"],
  ])("%s", (paragraph, cue, name) => {
    expect(sourceOf(paragraph, cue)?.text).toContain(name);
  });

  test("“…, said Washington “fully supports” …” is what the spokesperson said, not Washington speaking", () => {
    const said = byCue(extract(LEAD + "A State Department spokesperson, responding to a question from Radio Farda, said Washington “fully supports” the European effort."), "said");
    expect(said?.source.text).toBe("A State Department spokesperson");
  });

  test("“…, a deal the state news agency called historic” is the writer's apposition", () => {
    const says = byCue(extract(LEAD + "Turkmenistan says it will double gas deliveries to Iraq under an agreement signed on September 9, a deal the state news agency called historic."), "says");
    expect(contentOf(says)).toBe("it will double gas deliveries to Iraq under an agreement signed on September 9");
  });

  test("“he” skips the mother of one of the men", () => {
    const found = extract(LEAD + "Ramzan Kadyrov said the reports were lies. The mother of one of the men said her son had vanished. He said the critics were paid from abroad.");
    expect(found[2]?.source.resolved).toBe("Ramzan Kadyrov");
  });

  test("a title-case headline names no body a description could point back to", () => {
    const found = extract("Republika Srpska Leaders Move To Create Own Border Force\n\nThe entity's leaders said on Friday they would set up a border force. The force said it would start work in January.");
    expect(found.map((a) => a.source.resolved)).not.toContain("Republika Srpska Leaders Move To Create Own Border Force");
  });

  test.each([
    ["With additional reporting by AFP and Interpressnews", "AFP and Interpressnews"],
    ["Compiled from reporting by Radio Ozodi correspondents in Dushanbe and Khorugh", "Radio Ozodi correspondents in Dushanbe and Khorugh"],
    ["This report was prepared by RFE/RL’s North Caucasus Service.", "RFE/RL’s North Caucasus Service"],
  ])("credit: %s", (line, names) => {
    expect(extract(LEAD + "Officials said the border would reopen.\n\n" + line).find((a) => a.kind === "credit")?.source.text).toBe(names);
  });
});

test("“Kecman, whose ministry would oversee the service, rejected the criticism, arguing that …”: Kecman both times", () => {
  const found = extract(LEAD + "Republika Srpska Interior Minister Dragoslav Kecman, whose ministry would oversee the new service, rejected the criticism, arguing that the Border Police had failed.");
  expect(byCue(found, "rejected")?.source.canonical).toBe("Dragoslav Kecman");
  expect(byCue(found, "arguing")?.source.canonical).toBe("Dragoslav Kecman");
});

test("“who requested anonymity to describe closed-door meetings,”: the infinitive's verb is no cue", () => {
  const found = extract(LEAD + "A Western diplomat in Tbilisi, who requested anonymity to describe closed-door meetings with officials, told Radio Tavisupleba that several ambassadors had asked the government to shelve the bill.");
  expect(byCue(found, "describe")).toBeUndefined();
  expect(byCue(found, "told")?.source).toMatchObject({ text: "A Western diplomat in Tbilisi", type: "anonymous" });
});

test("“Orban hit back, accusing Brussels …”: “back” after a verb is no endorsement, and Orban accuses", () => {
  const found = extract(LEAD + "In Budapest, Prime Minister Viktor Orban hit back, accusing Brussels of financial blackmail.");
  expect(byCue(found, "back")).toBeUndefined();
  expect(byCue(found, "accusing")?.source.text).toBe("Prime Minister Viktor Orban");
});

test("a long wire lead before its named source is kept (“…, commission spokesman Marco Ferrante told reporters in Brussels on March 6.”)", () => {
  const text = "BUDAPEST, Hungary (RFE/RL) -- The European Commission will keep about 18 billion euros ($19.5 billion) in EU funds for Hungary frozen after concluding that Budapest has not fixed systemic weaknesses in public procurement and the judiciary, commission spokesman Marco Ferrante told reporters in Brussels on March 6.";
  expect(byCue(extract(LEAD + text), "told reporters")?.source.canonical).toBe("Marco Ferrante");
});
