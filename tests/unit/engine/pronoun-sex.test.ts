import { extract, type Attribution } from "../../../src/engine";

// "he" and "she" point back to the last source of their sex when the article shows it: titles,
// first names, the pronoun written right after a name, Slavic surname endings.
const sourceOf = (list: Attribution[], pronoun: string): string | undefined => list.find((a) => a.source.text === pronoun)?.source.resolved;

describe("pronouns skip a source of the other sex", () => {
  test("“She” after a man goes back to the woman named before him (first names)", () => {
    const text =
      "Russian Foreign Ministry spokeswoman Maria Zakharova said on Monday that the talks in Geneva had failed. " +
      "Kremlin spokesman Dmitry Peskov said the Kremlin would respond to the sanctions. " +
      "She said the West alone was to blame for the collapse.";
    expect(sourceOf(extract(text), "She")).toBe("Maria Zakharova");
  });

  test("surname endings alone tell Zakharova from Peskov", () => {
    const text =
      "Zakharova told reporters that the talks in Geneva had failed. " +
      "Peskov said the Kremlin would respond to the new sanctions. " +
      "She added that the West alone was to blame for the collapse.";
    expect(sourceOf(extract(text), "She")).toBe("Zakharova");
  });

  test("an RFE/RL-style paragraph with two speakers: “he” passes over the woman", () => {
    const text =
      "Ukrainian President Volodymyr Zelensky said on Telegram that Kyiv was ready for talks. " +
      "Deputy Prime Minister Olha Stefanishyna said the evacuation corridors from Mariupol had been shelled again. " +
      "He said Ukraine would not give up any territory.";
    expect(sourceOf(extract(text), "He")).toBe("Volodymyr Zelensky");
  });

  test("the pronoun the article writes after a name gives its sex (“Alvarez said her …”)", () => {
    const text =
      "Alvarez said her office would appeal the ruling within a week. " +
      "Okafor said the state had no grounds for an appeal at all. " +
      "Okafor said his clients would sue the county next month. " +
      "She said the county had already paid the fines.";
    expect(sourceOf(extract(text), "She")).toBe("Alvarez");
  });

  test("titles: “Mrs.” and “Mr.”", () => {
    const text = "Mrs. Clinton said the plan was good for working families. Mr. Sanders said it did not go far enough. She said it would pass the Senate.";
    expect(sourceOf(extract(text), "She")).toBe("Clinton");
  });

  test("with no sign of sex, the pronoun takes the last person as before", () => {
    const text = "Alvarez said the office would appeal the ruling within a week. Okafor said the state had no grounds for an appeal. She said the county had already paid the fines.";
    expect(sourceOf(extract(text), "She")).toBe("Okafor");
  });

  test("a possessive name gives no sign (“Clinton’s charges about his stance”)", () => {
    const text =
      "Okafor said the state had no grounds for an appeal. " +
      "Alvarez dismissed Okafor’s charges about his record, and Alvarez said the county had paid the fines. " +
      "He said the fines were too low.";
    expect(sourceOf(extract(text), "He")).toBe("Alvarez");
  });
});
