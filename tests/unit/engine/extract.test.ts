import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extract, groupSources, isSupportedLanguage, type Attribution, type Span } from "../../../src/engine";
import * as ex from "../../fixtures/engine/excerpts";

const pieces = (a: Attribution): Span[] => (Array.isArray(a.content) ? a.content : [a.content]);
const contentText = (a: Attribution): string => pieces(a).map((p) => p.text).join(" ");
const byCue = (list: Attribution[], cue: string): Attribution[] => list.filter((a) => a.cue.text === cue);

describe("extract: quotations", () => {
  test("a quote split around its attribution is one direct attribution in two pieces", () => {
    const list = extract(ex.splitQuote);
    expect(list).toHaveLength(1);
    const a = list[0] as Attribution;
    expect(a.kind).toBe("direct");
    expect(a.source.text).toBe("Blinken");
    expect(pieces(a).map((p) => p.text)).toEqual([
      "“I continue to hope that he will not choose the path of further aggression,”",
      "“But if he doesn’t, we’re ready.”",
    ]);
    expect(a.quotes).toHaveLength(2);
  });

  test("a paragraph that opens a quote and does not close it goes on into the next", () => {
    const [a] = extract(ex.multiParagraph);
    expect(a?.source.text).toBe("Cruz");
    expect(a?.kind).toBe("direct");
    expect(a && contentText(a)).toContain("comic book villain");
    expect(a && contentText(a)).toContain("substantive issues");
  });

  test("a stray opening mark used as a closer does not swallow the next paragraph", () => {
    const list = extract(ex.brokenMark);
    const added = byCue(list, "added")[0];
    expect(added?.source.resolved).toBe("State Department");
    expect(added?.kind).toBe("mixed");
    expect(byCue(list, "according to")[0]?.source.text).toBe("the State Department");
  });

  test("scare quotes and quoted banners without a speaker are not attributions", () => {
    expect(extract(ex.scareQuotes)).toEqual([]);
  });

  test("partial quotes inside reported speech make a mixed attribution with its quotes marked", () => {
    const [told, according] = extract(ex.accordingTo);
    expect(told?.kind).toBe("mixed");
    expect(told?.quotes.map((q) => q.text)).toEqual(["‘produce widespread human suffering and diminish Russia’s standing’"]);
    expect(according?.cue.text).toBe("according to");
    expect(according?.source.type).toBe("document");
    expect(according && contentText(according)).toMatch(/^Biden also told Putin/);
  });
});

describe("extract: sources", () => {
  test("a source after its cue, and a description pointing back to it", () => {
    const [first, second] = extract(ex.invertedAnonymous);
    expect(first?.source.text).toBe("a senior US administration official");
    expect(first?.source.type).toBe("anonymous");
    expect(second?.source.text).toBe("the official");
    expect(second?.source.resolved).toBe("senior US administration official");
  });

  test("“the statement” resolves to the document met before", () => {
    const concluded = byCue(extract(ex.accordingTo), "concluded")[0];
    expect(concluded?.source.resolved).toContain("White House");
  });

  test("a pronoun resolves to the last person quoted, and groups with them", () => {
    const list = extract(ex.pronoun);
    const he = list.find((a) => a.source.text === "He");
    expect(he?.source.resolved).toBe("Jake Sullivan");
    const groups = groupSources(list);
    const sullivan = groups.find((g) => g.canonical === "Jake Sullivan");
    expect(sullivan?.mentions.map((m) => m.text)).toEqual(["White House national security adviser Jake Sullivan", "He"]);
  });

  test("a wire credit line is a credit attribution to media", () => {
    const credit = extract(ex.credit).find((a) => a.kind === "credit");
    expect(credit?.source.text).toBe("Reuters, AFP and AP");
    expect(credit?.source.type).toBe("media");
    expect(credit?.cue.text).toBe("With reports from");
  });
});

describe("extract: the seed article", () => {
  const text = readFileSync(join(__dirname, "../../../../shared/seed/rferl-biden-putin-call.txt"), "utf8");
  const list = extract(text);

  test("every span is a slice of the text at its offsets", () => {
    for (const a of list)
      for (const s of [a.source, a.cue, ...pieces(a), ...a.quotes]) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test("page furniture is not annotated", () => {
    for (const furniture of ["Kyrgyz opposition politician", "Live briefing", "Comments are closed"])
      expect(list.some((a) => contentText(a).includes(furniture))).toBe(false);
  });

  test("names group under one canonical, in order of first appearance", () => {
    const groups = groupSources(list);
    expect(groups[0]?.canonical).toBe("Joe Biden");
    const blinken = groups.find((g) => g.canonical === "Antony Blinken");
    expect(blinken?.mentions.map((m) => m.text)).toContain("US Secretary of State Antony Blinken");
    expect(blinken?.mentions.map((m) => m.text)).toContain("Blinken");
    expect(groups.find((g) => g.canonical === "Emmanuel Macron")?.mentions.map((m) => m.text)).toEqual(["the French president"]);
  });

  test("a statement with its own owner groups with that owner, not with an earlier statement", () => {
    const kremlin = list.find((a) => a.source.text === "The Kremlin statement");
    expect(kremlin?.source.canonical).toBe("Kremlin");
    expect(kremlin?.source.resolved ?? "").not.toContain("White House");
    expect(list.find((a) => a.source.text === "A February 11 Pentagon statement")?.source.canonical).toBe("Pentagon");
    const groups = groupSources(list);
    expect(groups.find((g) => g.canonical === "Kremlin")?.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(["The Kremlin", "The Kremlin statement"]));
    // A bare "the statement" still points back to the last one.
    expect(list.find((a) => a.source.text === "the statement")?.source.resolved).toBe("White House");
  });

  test("“…,” Blinken told reporters. has the cue “told reporters”", () => {
    expect(list.some((a) => a.source.text === "Blinken" && a.cue.text === "told reporters" && a.kind === "direct")).toBe(true);
  });
});

describe("extract: quotations with verbs outside the lexicon", () => {
  test("“…!” beamed X and “…,” he boomed are quotations with their speakers", () => {
    const [beamed] = extract("“This is fantastic!” beamed Donald Hartley, who snuck onto the floor.");
    expect(beamed && [beamed.source.text, beamed.cue.text, contentText(beamed), beamed.kind]).toEqual(["Donald Hartley", "beamed", "“This is fantastic!”", "direct"]);
    const [boomed] = extract("“We will win,” he boomed.");
    expect(boomed && [boomed.source.text, boomed.cue.text]).toEqual(["he", "boomed"]);
  });

  test("a lone quoted word before a capitalised phrase is not speech", () => {
    expect(extract("“Frankly,” Smith Company limited the offer.")).toEqual([]);
  });
});

describe("extract: they and it", () => {
  test("“They” and “It” point back to the group or organisation that spoke just before", () => {
    const [, they] = extract("US officials said the talks had stalled.\n\nThey said Moscow had moved more troops to the border overnight.");
    expect(they && [they.source.text, they.source.resolved, they.source.type]).toEqual(["They", "US officials", "anonymous"]);
    const [, it] = extract("The Pentagon said the troops would stay in Poland.\n\nIt added that no decision on new deployments had been made.");
    expect(it && [it.source.text, it.source.canonical, it.source.type]).toEqual(["It", "Pentagon", "organization"]);
  });

  test("a person is not what “they” points back to", () => {
    const [, they] = extract("Senator Jane Smith said the talks had stalled.\n\nThey said Moscow had moved more troops to the border overnight.");
    expect(they?.source.resolved).toBeUndefined();
  });
});

describe("languages", () => {
  test("English tags are supported, others return no attributions for now", () => {
    expect(isSupportedLanguage(undefined)).toBe(true);
    expect(isSupportedLanguage("en-US")).toBe(true);
    expect(isSupportedLanguage("EN-gb")).toBe(true);
    expect(isSupportedLanguage("fr")).toBe(false);
    expect(extract(ex.splitQuote, { lang: "fr" })).toEqual([]);
    expect(extract(ex.splitQuote, { lang: "ru" })).toEqual([]);
    expect(extract(ex.splitQuote, { lang: "en-GB" })).toHaveLength(1);
  });
});

describe("extract: sentence patterns", () => {
  const one = (text: string): Attribution => {
    const list = extract(text);
    expect(list).toHaveLength(1);
    return list[0] as Attribution;
  };

  test("a plural noun after the content is not a second cue", () => {
    const a = one("In a reading of the phone call with Blinken, Lavrov also said Washington and Brussels ignored key Russian security demands.");
    expect(a.source.text).toBe("Lavrov");
    expect(contentText(a)).toBe("Washington and Brussels ignored key Russian security demands");
  });

  test("speech inside a relative clause ends with the clause", () => {
    const a = one("Sanders, who said he would probably campaign with him, ultimately did not show up in person for the race.");
    expect([a.source.text, a.source.resolved]).toEqual(["who", "Sanders"]);
    expect(contentText(a)).toBe("he would probably campaign with him");
  });

  test("a parenthetical attribution keeps the content on both sides", () => {
    const a = one("Many of the closures, he said, have involved public and semiprivate courses.");
    expect(pieces(a).map((p) => p.text)).toEqual(["Many of the closures", "have involved public and semiprivate courses"]);
  });

  test("two straight apostrophes work as quotation marks", () => {
    const a = one("''We are refugees,'' Ms. Alawee said.");
    expect(a.kind).toBe("direct");
    expect(a.source.text).toBe("Ms. Alawee");
  });

  test("“According to X,” at the start takes the whole phrase up to the comma as the source", () => {
    const a = one("According to early results of exit polls conducted for The Associated Press, Clinton led in both Virginia and Georgia.");
    expect(a.source.text).toBe("early results of exit polls conducted for The Associated Press");
    expect(contentText(a)).toBe("Clinton led in both Virginia and Georgia");
  });

  test("a question quote stays with the speaker named after it", () => {
    const a = one("“Who do they think they are?” Trump said of Apple in February.");
    expect(a.kind).toBe("direct");
    expect(contentText(a)).toBe("“Who do they think they are?”");
  });

  test("a cue in a title-case headline is read, one in mid-sentence capitals is not", () => {
    expect(one("Clinton Says Russians Hacked DNC Computers").source.text).toBe("Clinton");
    expect(extract("He visited the Says Museum of Modern Art yesterday.")).toEqual([]);
  });
});

describe("extract: mixed quote styles", () => {
  test("a straight opening mark closed by a curly one still makes a quotation", () => {
    const [a] = extract("\"You know, we learned a lot about ground games in one week,” he said.");
    expect(a?.kind).toBe("direct");
    expect(a?.source.text).toBe("he");
  });

  test("a nested quote closing right before the outer one keeps the speaker after it", () => {
    const [a] = extract("“He always whispered in my ear, ‘Billie Jean King, you are the Queen,'” she said.");
    expect(a?.kind).toBe("direct");
    expect(a?.source.text).toBe("she");
  });
});

describe("extract: the learned scorer", () => {
  test("a reported claim with a speech cue survives the scorer", () => {
    const list = extract("Trump supports a ban on assault weapons, his campaign said in a statement.");
    const said = byCue(list, "said")[0];
    expect(said?.source.text).toBe("his campaign");
    expect(said && contentText(said)).toBe("Trump supports a ban on assault weapons");
  });

  test("the seed's speech is all kept: denials and hopes as well as sayings", () => {
    const text = readFileSync(join(__dirname, "../../../../shared/seed/rferl-biden-putin-call.txt"), "utf8");
    const cues = extract(text).map((a) => `${a.source.text} ${a.cue.text}`);
    expect(cues).toEqual(expect.arrayContaining(["Russia denied", "Blinken expressed hope", "Blinken told reporters"]));
  });

  test("a reporting verb with a named speaker and a clause is kept whatever the scorer thinks", () => {
    const list = extract("Putin told Biden that the US response to Russia’s key security demands had been disregarded.\n\nMoscow insists it has no intention of attacking Ukraine.");
    expect(list.map((a) => `${a.source.text} ${a.cue.text}`)).toEqual(["Putin told", "Moscow insists"]);
  });

  test("an endorsement’s content is who is endorsed, not when", () => {
    const [a] = extract("The teachers union endorsed Bernie Sanders on Monday.");
    expect(a && [a.source.text, a.cue.text, contentText(a)]).toEqual(["The teachers union", "endorsed", "Bernie Sanders"]);
  });

  test("a noun after a determiner is not a cue: “a February 12 phone call”", () => {
    const list = extract("Biden told Russian President Vladimir Putin in a February 12 phone call that the United States would respond decisively.");
    expect(list.map((a) => a.cue.text)).toEqual(["told"]);
  });
});

describe("extract: content boundaries learned from PolNeAR train", () => {
  test("“Asked …, X said, “…”” attributes the quote alone, not the question", () => {
    const [a] = byCue(extract("Asked what characteristics he would like the nominee to embody, Adelson said, “They have got to be able to win.”"), "said");
    expect(a?.source.text).toBe("Adelson");
    expect(a?.kind).toBe("direct");
    expect(a && contentText(a)).toBe("“They have got to be able to win.”");
  });

  test("“Asked whether …, X said” is a question put to X, its content the question", () => {
    const list = extract("Asked if Trump’s comments had rattled them as well, Ryan said, “Sure. I get that, too.”");
    expect(list.map((a) => [a.source.text, a.cue.text, contentText(a)])).toEqual([
      ["Ryan", "Asked", "if Trump’s comments had rattled them as well"],
      ["Ryan", "said", "“Sure. I get that, too.”"],
    ]);
  });

  test("speech in an opening “While …” clause ends at the clause’s comma", () => {
    const [a] = extract("While Ramos said that journalists cannot have any political affiliation, he appears somewhat uneasy about his daughter’s work for the campaign.");
    expect(a && [a.source.text, contentText(a)]).toEqual(["Ramos", "journalists cannot have any political affiliation"]);
  });

  test("a poll opening the sentence is the source of its finding, unless someone else speaks", () => {
    const [poll] = extract("In a new Des Moines Register poll, Mr. Cruz had a 10 percentage-point lead over Trump.");
    expect(poll && [poll.source.text, poll.source.type, contentText(poll)]).toEqual(["a new Des Moines Register poll", "document", "Mr. Cruz had a 10 percentage-point lead over Trump"]);
    expect(extract("In the statement, the ministry said the talks would resume.").map((a) => a.source.text)).toEqual(["the ministry"]);
  });

  test("a participle cue after a quote closed on its comma ends the quote’s content", () => {
    const list = extract("Trump said things “should be wrapped up by Cleveland,” referring to the party’s July convention, where Republicans will select a nominee.");
    expect(contentText(byCue(list, "said")[0] as Attribution)).toBe("things “should be wrapped up by Cleveland,”");
    expect(byCue(list, "referring to")[0]?.source.text).toBe("Trump");
  });

  test("reported content ends before “, according to”", () => {
    const said = byCue(extract("The senator said the vote would be delayed until next month, according to a memo seen by reporters."), "said")[0];
    expect(said && contentText(said)).toBe("the vote would be delayed until next month");
  });
});

describe("extract: participles that are finite verbs or share the clause's subject", () => {
  test("a progressive “is urging” is a cue with its subject before it", () => {
    const [a] = extract("The mayor is urging residents to stay indoors until the storm passes.");
    expect(a && [a.source.text, a.cue.text, contentText(a)]).toEqual(["The mayor", "urging", "residents to stay indoors until the storm passes"]);
    const [b] = extract("Her aides are still insisting that the schedule has not changed.");
    expect(b && [b.source.text, contentText(b)]).toEqual(["Her aides", "the schedule has not changed"]);
  });

  test("a passive still names no speaker before the cue", () => {
    expect(extract("The bill was criticized by several senators for its cost.").map((a) => a.source.text)).not.toContain("The bill");
  });

  test("“by saying” takes the clause's subject as its source", () => {
    const [a] = extract("The governor ended the meeting by saying that the state would not raise taxes this year.");
    expect(a && [a.source.text, a.cue.text, contentText(a)]).toEqual(["The governor", "saying", "the state would not raise taxes this year"]);
  });

  test("“…, saying” after an opening adverbial takes the subject after its comma", () => {
    const [a] = extract("On Tuesday, the senator voted against the bill, saying it would hurt small businesses in her state.");
    expect(a && [a.source.text, contentText(a)]).toEqual(["the senator", "it would hurt small businesses in her state"]);
  });
});

describe("extract: a quote resumed after its attribution", () => {
  test("past a description of the speaker, the resumed quote is the same speaker's", () => {
    const [a] = extract("“The risk,” said Ed Walsh, an economist at a state university, “is that the town keeps the workers and loses the jobs.”");
    expect(a?.source.text).toBe("Ed Walsh");
    expect(a?.kind).toBe("direct");
    expect(a && pieces(a).map((p) => p.text)).toEqual(["“The risk,”", "“is that the town keeps the workers and loses the jobs.”"]);
  });

  test("past an adjunct of the cue, likewise", () => {
    const [a] = extract("“You have to be able to adapt,” she said of the new rules, “whether you run a farm or a shop.”");
    expect(a && [a.source.text, pieces(a).length]).toEqual(["she", 2]);
  });
});

describe("extract: a relative pronoun as the source", () => {
  test("“…, who said …” names “who”, resolved to the phrase before it, wherever that phrase stands", () => {
    const [a] = extract("The bill was backed by Senator Jane Moss, who said it would lower costs for families.");
    expect(a && [a.source.text, a.source.resolved, contentText(a)]).toEqual(["who", "Jane Moss", "it would lower costs for families"]);
  });

  test("“…, which reported …” likewise for a paper", () => {
    const [a] = extract("The story was first reported by the Gazette, which said the mayor would resign in May.");
    expect(a && [a.source.text, a.source.resolved, contentText(a)]).toEqual(["which", "Gazette", "the mayor would resign in May"]);
  });
});

describe("extract: a subject separated from its cue by a modifier", () => {
  test("past a dash parenthetical, a relative clause or a time adjunct, the sentence's subject speaks", () => {
    const said = (text: string): string[] => extract(text).map((a) => `${a.source.text} | ${contentText(a)}`);
    expect(said("Many speakers at the memorial — including two former mayors — said the loss was felt across the whole city.")).toEqual(["Many speakers at the memorial | the loss was felt across the whole city"]);
    expect(said("Farmers who have lost crops to the drought say the state has done too little to help them.")).toEqual(["Farmers | the state has done too little to help them"]);
    expect(said("Senator Maria Lopez (D-Ore.) last week said the agency had ignored repeated warnings.")).toEqual(["Senator Maria Lopez | the agency had ignored repeated warnings"]);
  });

  test("past an apposition holding commas, or a participle phrase, the subject still speaks", () => {
    const [a] = extract("Dana Smith, 45, of Boise, Idaho, says the new road has cut her commute in half.");
    expect(a && [a.source.text, contentText(a)]).toEqual(["Dana Smith", "the new road has cut her commute in half"]);
    const [b] = extract("The mayor, speaking at a town hall in Salem, Ore., said the budget would be balanced next year.");
    expect(b?.source.text).toBe("The mayor");
  });

  test("a verb between them is not a modifier: the object of “attacked” did the saying", () => {
    expect(byCue(extract("Trump attacked the media that said he lost."), "said").map((a) => a.source.text)).not.toContain("Trump");
  });
});

describe("extract: sentence ends", () => {
  test("a state abbreviation before a comma does not end the sentence (“Roanoke, Va., who …”)", () => {
    const list = extract("“The plan was to make it affordable,” said Joe Price, a teacher in Roanoke, Va., who has lived there for years. “It has done nothing but make it more expensive.”");
    const said = byCue(list, "said")[0];
    expect(said?.source.text).toBe("Joe Price");
    expect(said && pieces(said).map((p) => p.text)).toEqual(["“The plan was to make it affordable,”", "“It has done nothing but make it more expensive.”"]);
  });
});

describe("extract: what follows a cue after a comma is not always its speaker", () => {
  test("“…, said Sunday” names a time and “…, told The Post” an addressee: the speaker is before", () => {
    const [a] = extract("Ben Rhodes, the deputy national security adviser, said Sunday that the talks would go on.");
    expect(a?.source.text).toBe("Ben Rhodes");
    const told = byCue(extract("Ann Butz, 49, told The Huffington Post that she would vote for him."), "told")[0];
    expect(told && [told.source.text, contentText(told)]).toEqual(["Ann Butz", "she would vote for him"]);
  });
});

describe("extract: a coordinated cue after an irregular verb", () => {
  test("“Carson took the stage … and called …”: the name before the verb is the subject", () => {
    const [a] = extract("Carson took the stage at a hotel in Baltimore and called the political system “rotten to the core.”");
    expect(a && [a.source.text, a.cue.text, contentText(a)]).toEqual(["Carson", "called", "the political system “rotten to the core.”"]);
  });
});

describe("extract: findings and reports without “that”", () => {
  test("a poll or a paper reports a bare clause; a person finding keys reports nothing", () => {
    const said = (text: string): string[] => extract(text).map((a) => `${a.source.text} | ${contentText(a)}`);
    expect(said("A new poll found Clinton ahead by six points among likely voters in Ohio.")).toEqual(["A new poll | Clinton ahead by six points among likely voters in Ohio"]);
    expect(said("The Gazette reported at least six planes filled the sky over the stadium.")).toEqual(["The Gazette | at least six planes filled the sky over the stadium"]);
    expect(extract("The police found the keys in the car near the river.")).toEqual([]);
  });
});

describe("extract: reported content going on", () => {
  test("“…, and that …” is a second reported clause of the same speaker", () => {
    const [a] = extract("The coach said the team had trained hard all winter, and that the new players would start on Sunday.");
    expect(a && [a.source.text, contentText(a)]).toEqual(["The coach", "the team had trained hard all winter, and that the new players would start on Sunday"]);
  });
});

describe("extract: a relative “that” after a cue's object", () => {
  test("“attacked the media that said …”: the object is the media, and “that said” is not the content", () => {
    const said = (text: string): string[] => extract(text).map((a) => `${a.source.text} | ${a.cue.text} | ${contentText(a)}`);
    const attacked = said("Trump attacked the media that said he lost the state.");
    expect(attacked).not.toContainEqual(expect.stringMatching(/^Trump \| attacked \| said/));
    expect(attacked).toContainEqual("Trump | attacked | the media");
    expect(said("The senator criticized the report that found the plan had failed.")).not.toContainEqual(expect.stringMatching(/\| criticized \| found/));
    expect(said("The mayor said the man that attacked her was arrested on Monday.")).toEqual(["The mayor | said | the man that attacked her was arrested on Monday"]);
  });

  test("“that” opening a clause after an object is still what was said", () => {
    const [a] = extract("Biden warned Putin that sanctions would follow an invasion.");
    expect(a && [a.source.text, a.cue.text, contentText(a)]).toEqual(["Biden", "warned", "sanctions would follow an invasion"]);
  });
});

describe("extract: transcript speaker labels", () => {
  const transcript = [
    "Governor Backs Nominee In Interview",
    "The governor spoke to the host on Sunday.",
    "HOST: Are you worried about the tone of the campaign this summer?",
    "KEMP: Well, I think the whole state needs to work together. We will get there.",
    "WATCH: The full interview is below.",
  ].join("\n\n");

  test("an upper-case name and a colon opening a paragraph is that speaker's turn, quoted verbatim", () => {
    const turns = extract(transcript).filter((a) => a.cue.text === ":");
    expect(turns.map((a) => [a.source.text, a.kind, contentText(a)])).toEqual([
      ["HOST", "direct", "Are you worried about the tone of the campaign this summer?"],
      ["KEMP", "direct", "Well, I think the whole state needs to work together. We will get there"],
    ]);
  });

  test("furniture and a headline's kicker are no speakers", () => {
    expect(extract("EXCLUSIVE: Senator Says He Will Run Again In The Fall\n\nThe senator spoke on Monday.").filter((a) => a.cue.text === ":")).toEqual([]);
    expect(extract(transcript).filter((a) => a.source.text === "WATCH")).toEqual([]);
  });
});

describe("extract: a colon introducing a quotation", () => {
  const said = (text: string): string[] => extract(text).map((a) => `${a.source.text} | ${a.cue.text} | ${a.kind} | ${contentText(a)}`);

  test("the name before the colon, or else the clause's subject, said the quotation after it", () => {
    expect(said("The result did not surprise the pollster Dana Shaw: “Lesser-known candidates often get the biggest boost.”")).toEqual([
      "the pollster Dana Shaw | : | direct | “Lesser-known candidates often get the biggest boost.”",
    ]);
    expect(said("In a radio interview later that day, Martinez went even further: “If he runs again, he will lose badly.”")).toEqual([
      "Martinez | : | direct | “If he runs again, he will lose badly.”",
    ]);
  });

  test("a paragraph closing on a colon hands its subject the quotation opening the next", () => {
    expect(said("Martinez was blunt:\n\n“We know you are rooting for them, and we are not worried.”")).toEqual([
      "Martinez | : | direct | “We know you are rooting for them, and we are not worried.”",
    ]);
  });

  test("a kicker in title case is no speaker", () => {
    expect(extract("Breaking: Federal Judge Gives The Governor Some Of The Worst News\n\nThe ruling came on Friday.").filter((a) => a.cue.text === ":")).toEqual([]);
  });
});

describe("extract: names joined by “and”", () => {
  const said = (text: string): string[] => extract(text).map((a) => `${a.source.text} | ${a.cue.text} | ${contentText(a)}`);

  test("two names joined are one subject", () => {
    expect(said("Clinton and Sanders said they would debate again in April.")).toEqual(["Clinton and Sanders | said | they would debate again in April"]);
  });

  test("“and” between two names in reported content starts no clause of its own", () => {
    expect(said("He said states like Oregon and Colorado will clarify the situation first.")).toEqual(["He | said | states like Oregon and Colorado will clarify the situation first"]);
  });
});

describe("extract: subjects with an emphatic pronoun or a quantity", () => {
  const said = (text: string): string[] => extract(text).map((a) => `${a.source.text} | ${a.cue.text} | ${contentText(a)}`);

  test("“Ford itself said”: the emphatic pronoun stands by its subject", () => {
    expect(said("The company itself said in a statement that it would appeal the ruling.")).toEqual(["The company | said | it would appeal the ruling"]);
  });

  test("“More than half of … said”: the quantity opens the subject", () => {
    expect(said("More than half of Republican voters said they would support the nominee.")).toEqual(["More than half of Republican voters | said | they would support the nominee"]);
  });
});

describe("extract: a colon after an addressee", () => {
  test("“… delivered a blunt message to Trump: “…””: the subject speaks, past its apposition", () => {
    const [a] = extract("Senate leader Mitch Kell, R-Ky., delivered a blunt message to Trump: “Stop attacking the judge.”");
    expect(a && [a.source.text, a.cue.text, contentText(a)]).toEqual(["Senate leader Mitch Kell", ":", "“Stop attacking the judge.”"]);
  });
});

describe("extract: “according to” between a subject and its verb", () => {
  test("the content is both sides of the parenthetical, past the source's apposition", () => {
    const [a] = extract("At the heart of the dispute, according to Dana Ross, a former envoy, was a decision by the mayor to keep his distance.");
    expect(a && [a.source.text, pieces(a).map((p) => p.text)]).toEqual(["Dana Ross", ["At the heart of the dispute", "was a decision by the mayor to keep his distance"]]);
  });

  test("a relative clause after the source is not content", () => {
    const list = extract("The plan failed, according to officials, who said the money had run out.");
    expect(list.map((a) => [a.cue.text, contentText(a)])).toEqual([["according to", "The plan failed"], ["said", "the money had run out"]]);
  });
});

describe("extract: where reported content ends", () => {
  const said = (text: string): string[] => extract(text).map((a) => `${a.source.text} | ${a.cue.text} | ${contentText(a)}`);

  test("“, telling …” after reported content ends it", () => {
    expect(said("Carson said he saw no need to change anything about his campaign, telling the host that he would go on.")[0]).toBe("Carson | said | he saw no need to change anything about his campaign");
  });

  test("“…, said Clinton’s response to Trump was …”: a phrase followed by its verb is no inverted source", () => {
    expect(said("But Dan Zaheed, director of a group that organized the letter, said Clinton’s response to Trump was undercut by her ties to Clark.")).toEqual([
      "Dan Zaheed | said | Clinton’s response to Trump was undercut by her ties to Clark",
    ]);
  });
});

describe("extract: a second verb without a comma stays in the reported clause", () => {
  test("“says he is proud … and expects to …”: the reported subject's second verb", () => {
    const [a] = extract("Mendez says he is proud of his campaign and expects to leave Nevada with a solid second place.");
    expect(a && [a.source.text, contentText(a)]).toEqual(["Mendez", "he is proud of his campaign and expects to leave Nevada with a solid second place"]);
  });
});

describe("extract: a poll opening the sentence with a participle or a time", () => {
  test("“In a Register poll last month, …” and “In an NBC News/Journal poll released Monday, …”", () => {
    const said = (text: string): string[] => extract(text).map((a) => `${a.source.text} | ${contentText(a)}`);
    expect(said("In a Des Moines Register poll last month, Mr. Cruz had a 10 percentage-point lead among likely caucus-goers in the state.")).toEqual([
      "a Des Moines Register poll last month | Mr. Cruz had a 10 percentage-point lead among likely caucus-goers in the state",
    ]);
    expect(said("In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton while 40 percent chose Trump.")).toEqual([
      "an NBC News/Wall Street Journal poll released Monday | 50 percent of respondents chose Clinton while 40 percent chose Trump",
    ]);
  });
});

describe("extract: subjects of polls and staff", () => {
  const sources = (text: string): string[] => extract(text).map((a) => a.source.text);

  test("a participle used as an adjective stays in the subject (“registered voters”, “a teary-eyed Bush”)", () => {
    expect(sources("Seventy-four percent of Democratic registered voters say they have a favorable view of the governor.")).toEqual(["Seventy-four percent of Democratic registered voters"]);
    expect(sources("A teary-eyed Bush says he is proud of the campaign he ran to unify the country.")).toEqual(["A teary-eyed Bush"]);
  });

  test("a quantity's modifier opens the subject (“About four in 10 …”, “At least half of …”)", () => {
    expect(sources("About four in 10 Republican primary voters say that the economy is the most important issue this year.")).toEqual(["About four in 10 Republican primary voters"]);
    expect(sources("At least half of voters in each state say the plan for the new highway is about right.")).toEqual(["At least half of voters in each state"]);
  });
});

describe("extract: a dotted abbreviation ending a sentence", () => {
  test("“… in the U.S. He says …” and “… at 7 p.m. He says …” are two sentences; “Sen. He” is not split", () => {
    const list = extract("Cox says the president is trying to distract from his record in the U.S. He says voters do not need any more lectures from him.");
    expect(list.map((a) => [a.source.text, contentText(a)])).toEqual([
      ["Cox", "the president is trying to distract from his record in the U.S."],
      ["He", "voters do not need any more lectures from him"],
    ]);
    const [b] = extract("Polls close at 7 p.m. He says he will wait for the results at his home in Columbia.");
    expect(b && [b.source.text, contentText(b)]).toEqual(["He", "he will wait for the results at his home in Columbia"]);
  });
});
