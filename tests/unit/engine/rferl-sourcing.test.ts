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
