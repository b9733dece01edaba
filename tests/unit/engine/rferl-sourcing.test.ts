// How RFE/RL's own stories name their sources: "told RFE/RL", "told Polygraph.info", unnamed
// residents and officials. A reader of the home-ground sites meets these in every story.
import { extract, type Attribution, type Span } from "../../../src/engine";

const pieces = (a: Attribution): Span[] => (Array.isArray(a.content) ? a.content : [a.content]);
const contentText = (a: Attribution): string => pieces(a).map((p) => p.text).join(" ");

describe("outlets named by their web address or by a slash", () => {
  test("“told Polygraph.info” keeps the outlet out of what was said", () => {
    const [a] = extract("Charles Simpson, a researcher at the Atlantic Council, told Polygraph.info the allegations are false.");
    expect(a?.source.text).toBe("Charles Simpson");
    expect(a && contentText(a)).toBe("the allegations are false");
  });

  test("an outlet's web address can be the source", () => {
    const [a] = extract("Meduza.io reported that the governor had resigned after weeks of protests.");
    expect(a?.source.text).toBe("Meduza.io");
    expect(a && contentText(a)).toContain("the governor had resigned");
  });

  test("a sentence ending in a domain-like word still ends there", () => {
    const list = extract("The leak was posted on the site. Officials said the documents were genuine and would be studied.");
    expect(list.map((a) => a.source.text)).toEqual(["Officials"]);
  });

  test("“RFE/RL” is one name; a photo credit's “Name/Agency” is not joined", () => {
    const [a] = extract("The minister told RFE/RL's Ukrainian Service that the plan would go ahead in the spring.");
    expect(a?.source.text).toBe("The minister");
    expect(a && contentText(a)).toBe("the plan would go ahead in the spring");
  });
});

describe("sources unnamed on purpose", () => {
  const one = (text: string): Attribution => {
    const list = extract(text);
    expect(list).toHaveLength(1);
    return list[0] as Attribution;
  };

  test("“who asked not to be identified” describes the source; “asked” is not what anyone said", () => {
    const a = one("A Syrian refugee who asked not to be identified said that the claim was “absolutely not true.”");
    expect(a.source.text).toBe("A Syrian refugee");
    expect(a.source.type).toBe("anonymous");
    expect(contentText(a)).toBe("the claim was “absolutely not true.”");
  });

  test("a quote, then the unnamed speaker who told the outlet", () => {
    const a = one("“We will not leave,” a resident who asked not to be identified told RFE/RL.");
    expect(a.source.text).toBe("a resident");
    expect(a.source.type).toBe("anonymous");
    expect(a.kind).toBe("direct");
  });

  test("“who spoke on condition of anonymity” and “speaking on condition of anonymity because …”", () => {
    expect(one("An official who spoke on condition of anonymity said the talks had stalled over the weekend.")).toMatchObject({
      source: { text: "An official", type: "anonymous" },
      content: { text: "the talks had stalled over the weekend" },
    });
    expect(
      one("Two officials, speaking on condition of anonymity because they were not authorized to discuss the matter, said the deal was close.").source,
    ).toMatchObject({ text: "Two officials", type: "anonymous" });
  });

  test("a described source that declined to be named is anonymous; a named one keeps its name", () => {
    expect(one("The spokesman, who declined to be named, told reporters the minister would not attend the summit.").source).toMatchObject({ text: "The spokesman", type: "anonymous" });
    expect(one("“The shelling has not stopped,” said a doctor in Kherson who asked that his name not be published.").source).toMatchObject({ text: "a doctor in Kherson", type: "anonymous" });
    expect(one("Olena Kovalenko, who spoke publicly for the first time, said the shelling had not stopped for a week.").source).toMatchObject({ text: "Olena Kovalenko", type: "person" });
  });
});

describe("who the source is, past what describes it", () => {
  test("a relative clause with commas of its own sits between the speaker and the verb", () => {
    const [a] = extract("Sandy Phillips, who lost her daughter in the shooting in Aurora, Colorado, in July 2012, said the law had to change.");
    expect(a?.source.text).toBe("Sandy Phillips");
    expect(a && contentText(a)).toBe("the law had to change");
  });

  test("“Ukraine’s foreign minister” is a known person, not an unnamed one", () => {
    const [a] = extract("Ukraine's foreign minister said on Monday that the talks with Moscow would resume next week.");
    expect(a?.source).toMatchObject({ text: "Ukraine's foreign minister", type: "person" });
  });
});

describe("what kind of source it is", () => {
  const typeOf = (text: string): string | undefined => extract(text)[0]?.source.type;

  test("RFE/RL's own networks and the wire agencies are media", () => {
    expect(typeOf("Current Time, the Russian-language network run by RFE/RL with VOA, reported that dozens of people had been detained.")).toBe("media");
    expect(typeOf("According to the Interfax news agency, the plane crashed shortly after takeoff from the airport.")).toBe("media");
    expect(typeOf("Radio Farda reported that the prisoners had been moved to another jail overnight.")).toBe("media");
  });

  test("a rights group named like a person is an organization", () => {
    expect(typeOf("Human Rights Watch said in a report released on May 5 that the detainees had been tortured.")).toBe("organization");
    expect(typeOf("Amnesty International said the trial had been unfair from the start and should be annulled.")).toBe("organization");
  });
});

describe("documents that point back", () => {
  test("“the statement” after a body spoke is that body's; “the indictment” is nobody else's", () => {
    const list = extract(
      "Navalny's team said his body had not been handed over to his mother.\n\nThe indictment says the defendants laundered more than $10 million.\n\n" +
        "The Kremlin said it had not been consulted.\n\nThe statement added that Moscow would respond in kind.",
    );
    const bySource = Object.fromEntries(list.map((a) => [a.source.text, a.source]));
    expect(bySource["The indictment"]?.resolved).toBeUndefined();
    expect(bySource["The statement"]?.resolved).toBe("Kremlin");
  });
});

describe("unnamed and described sources", () => {
  const sourceOf = (text: string) => extract(text)[0]?.source;

  test("“people familiar with the matter” are anonymous; “state media” are media; “her lawyer” is a person", () => {
    expect(sourceOf("Two people familiar with the matter said the deal was signed on Monday in Vienna.")).toMatchObject({ text: "Two people familiar with the matter", type: "anonymous" });
    expect(sourceOf("Russian state media reported that the strike had hit an ammunition depot near the border.")).toMatchObject({ text: "Russian state media", type: "media" });
    expect(sourceOf("Her lawyer, Ivan Pavlov, told RFE/RL that the verdict would be appealed at once.")?.type).toBe("person");
  });

  test("“Ukrainian media reported, citing sources, that …” is the media's report", () => {
    const [a] = extract("Ukrainian media reported, citing sources in the security services, that the drones had been launched from Belarus.");
    expect(a?.source.text).toBe("Ukrainian media");
    expect(a && contentText(a)).toContain("the drones had been launched from Belarus");
  });
});

test("“told journalists during a conference call on Monday that …”: the call is a noun, the content starts after “that”", () => {
  const [a, ...rest] = extract("Peskov told journalists during a conference call on Monday that the Kremlin had no comment on the report.");
  expect(rest).toHaveLength(0);
  expect(a?.source.text).toBe("Peskov");
  expect(a && contentText(a)).toBe("the Kremlin had no comment on the report");
});

test("“Officials in Kazakhstan” are unnamed officials; the Taliban is an organization, not a man “he” can mean", () => {
  const list = extract("Officials in Kazakhstan said at least 225 people were killed in the unrest.\n\nThe Taliban has denied the reports, calling them “baseless propaganda.”");
  expect(list[0]?.source).toMatchObject({ text: "Officials in Kazakhstan", type: "anonymous" });
  expect(list.find((a) => a.source.text === "The Taliban")?.source.type).toBe("organization");
});

describe("unnamed people described at length, as RFE/RL's stories name them", () => {
  const told = (paragraph: string): Attribution | undefined => extract(`Police raided the house.\n\n${paragraph}`).find((a) => a.cue.text === "told");

  test("“A source close to the family, who asked not to be named for fear of reprisals, told Radio Farda that …”", () => {
    const a = told("A source close to the family, who asked not to be named for fear of reprisals, told Radio Farda that security agents had warned relatives.");
    expect(a?.source).toMatchObject({ text: "A source close to the family", type: "anonymous" });
    expect(a && contentText(a)).toBe("security agents had warned relatives");
  });

  test("“A student who asked that her name not be published told RFE/RL that …”", () => {
    const a = told("A 19-year-old student who asked that her name not be published told RFE/RL that Kulikova was the only teacher who listened.");
    expect(a?.source.text).toBe("A 19-year-old student");
  });

  test("“One of them, a 19-year-old student, told …”: the apposition says who", () => {
    expect(told("One of them, a 19-year-old student, told RFE/RL that Kulikova was the only teacher who listened.")?.source.text).toBe("a 19-year-old student");
  });

  test("“…, her lawyer told RFE/RL’s Russian Service on December 3.”: the claim is the clause before", () => {
    const a = told("A court in Yekaterinburg has sentenced a history teacher to six years in prison, her lawyer told RFE/RL’s Russian Service on December 3.");
    expect(a?.source.text).toBe("her lawyer");
    expect(a && contentText(a)).toBe("A court in Yekaterinburg has sentenced a history teacher to six years in prison");
  });

  test("“The family said …”: a noun ending in -ly is no adverb", () => {
    expect(extract("Police raided the house.\n\nThe family said the verdict was unjust and would appeal.")[0]?.source.text).toBe("The family");
  });
});

test("a Polygraph.info fact-check's “Claim:” label is not part of what was said", () => {
  const [a] = extract("Fact Check: Did Ukraine Sell Western Weapons?\n\nClaim: “Weapons supplied to Ukraine are ending up on the black market,” Maria Zakharova said at a briefing on November 20.");
  expect(a?.source.text).toBe("Maria Zakharova");
  expect(a && contentText(a)).toBe("“Weapons supplied to Ukraine are ending up on the black market,”");
});
