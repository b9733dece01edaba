import { extract, groupSources } from "../../../src/engine";
import { byCue } from "../helpers/attributions";

// "the department", "the group", "the ministry": a reader knows at once which body they mean, and
// the panel should count them under its name. A body named with capitals is a name, not a description.

test("“the department” is the U.S. Treasury Department named before, even outside any attribution", () => {
  const text =
    "In Washington, the U.S. Treasury Department on the same day imposed sanctions on 14 companies.\n\n" +
    "The companies had shipped machine tools worth $200 million to Russian defense manufacturers, the department said in a statement. The statement said the action had been coordinated with the EU.";
  const said = extract(text).filter((a) => a.cue.text === "said");
  expect(said.map((a) => [a.source.text, a.source.resolved])).toEqual([
    ["the department", "U.S. Treasury Department"],
    ["The statement", "U.S. Treasury Department"],
  ]);
});

test("“the group” is the rights group named before, and its initials count with its name", () => {
  const text =
    "The Oslo-based group Iran Human Rights (IHR) said the trial had been grossly unfair.\n\n" +
    "“This execution is meant to spread fear,” the group said in a statement. According to IHR, at least 1,350 people have been executed this year.";
  const found = extract(text);
  expect(found[0]?.source.type).toBe("organization");
  expect(found.find((a) => a.source.text === "the group")?.source).toMatchObject({ type: "organization", resolved: "Iran Human Rights (IHR)" });
  // The initials alone count with the name they were given for.
  expect(byCue(found, "According to")?.source).toMatchObject({ type: "organization", canonical: "Iran Human Rights (IHR)" });
  expect(groupSources(found)).toHaveLength(1);
});

test("“the Interior Ministry” is its own name, not the Foreign Ministry met before", () => {
  const text =
    "Kazakhstan's Foreign Ministry rejected the criticism, saying the courts were independent.\n\n" +
    "According to the Interior Ministry, 14 people were detained. The ministry said all of them had been released by evening.";
  const found = extract(text);
  expect(byCue(found, "According to")?.source.canonical).toBe("Interior Ministry");
  expect(byCue(found, "said")?.source.resolved).toBe("Interior Ministry");
});

test("“the judiciary's Mizan news agency” and “Mizan” are one source in the panel", () => {
  const found = extract("Iran executed a man on Tuesday.\n\nThe man had been convicted of murder in a closed trial, the judiciary's Mizan news agency reported. Mizan said he had been hanged in a prison in Qazvin.");
  expect(groupSources(found).map((g) => g.canonical)).toEqual(["Mizan"]);
});

test("“appeals from rights groups who say …”: the rights groups say it, and they are a body", () => {
  const say = extract("Iran executed a man on Tuesday.\n\nThe execution went ahead despite appeals from rights groups who say his confession was extracted under torture.").find((a) => a.cue.text === "say");
  expect(say?.source).toMatchObject({ text: "rights groups who", type: "organization", canonical: "rights groups" });
});

test("“The mission” and “UNAMA” count with “The UN Assistance Mission in Afghanistan (UNAMA)”", () => {
  const found = extract("Clinics closed.\n\nThe UN Assistance Mission in Afghanistan (UNAMA) said on June 11 that it was concerned. UNAMA said it would monitor the situation. The mission called on the Taliban to reverse the order.");
  expect(groupSources(found).map((g) => [g.canonical, g.attributionIndexes.length])).toEqual([["UN Assistance Mission in Afghanistan (UNAMA)", 3]]);
});

test("“the directors” are the clinic directors named before", () => {
  const found = extract("Clinics closed.\n\nAccording to three clinic directors who attended the meeting, the order came from Kabul. Few clinics can afford separate entrances, the directors said.");
  expect(found.find((a) => a.source.text === "the directors")?.source.resolved).toBe("clinic directors who attended the meeting");
});

test("“According to the EU's special representative for the South Caucasus, Magnus Berglund, …”: the name is the source's", () => {
  const found = extract("Talks resumed.\n\nAccording to the European Union’s special representative for the South Caucasus, Magnus Berglund, the progress made in Geneva was tangible.");
  expect(found[0]?.source.text).toContain("Magnus Berglund");
});

test("“Kadyrov has not commented. But …, he said …”: a person named as a sentence's subject is who “he” is", () => {
  const found = extract("Relatives say young men vanished.\n\n“Go home,” a man told her, she said.\n\nChechen leader Ramzan Kadyrov has not commented on the detentions directly. But in a video posted on his Telegram channel, he said human rights defenders were spreading lies.");
  expect(found.find((a) => a.source.text === "he")?.source.resolved).toBe("Ramzan Kadyrov");
});

test("“A senior official … said …. “…,” he added”: one unnamed man is who “he” is", () => {
  const found = extract("Talks resumed.\n\nA senior U.S. official who spoke on condition of anonymity said the gaps were narrowing.\n\n“They are not closed,” he added.");
  expect(found.find((a) => a.source.text === "he")?.source.resolved).toBe("senior U.S. official");
});
