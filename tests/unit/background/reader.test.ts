import { readArticle } from "../../../src/background/reader";
import { envelope, readEnvelope, REPLY_GUARDS } from "../../../src/shared/messages";

describe("the engine in the background", () => {
  test("reads English, Russian and Ukrainian articles sent by any tab", () => {
    const en = readArticle({ text: "“We are ready,” Foreign Minister Dmytro Kuleba said.", lang: "en-US" });
    expect(en.supported).toBe(true);
    expect(en.attributions[0]?.source.text).toContain("Kuleba");
    const ru = readArticle({ text: "«Мы готовы», — заявил министр иностранных дел Сергей Лавров.", lang: "ru" });
    expect(ru.supported).toBe(true);
    expect(ru.attributions[0]?.source.text).toContain("Лавров");
    const uk = readArticle({ text: "«Ми готові», — заявив міністр закордонних справ Дмитро Кулеба.", lang: "uk-UA" });
    expect(uk.attributions[0]?.source.text).toContain("Кулеба");
  });

  test("a language it does not read gets no attributions, so the panel can say so", () => {
    expect(readArticle({ text: "« Nous sommes prêts », a déclaré le ministre.", lang: "fr" })).toEqual({ supported: false, attributions: [] });
  });

  test("its reply passes the check the content script makes, and a malformed one does not", () => {
    const reading = readArticle({ text: "“We are ready,” Kuleba said.", lang: "en" });
    expect(REPLY_GUARDS["article/read"](reading)).toBe(true);
    const [first] = reading.attributions;
    expect(REPLY_GUARDS["article/read"]({ supported: true, attributions: [{ ...first, kind: "rumour" }] })).toBe(false);
    expect(REPLY_GUARDS["article/read"]({ supported: true, attributions: [{ ...first, cue: { text: "said", start: 9, end: 4 } }] })).toBe(false);
    expect(REPLY_GUARDS["article/read"]({ supported: true, attributions: [{ ...first, content: [] }] })).toBe(false);
  });

  test("only a text with its language is accepted as a request", () => {
    expect(readEnvelope(envelope("article/read", { text: "x", lang: "en" }))?.name).toBe("article/read");
    expect(readEnvelope({ sourcelight: 1, name: "article/read", payload: { text: 42, lang: "en" } })).toBeNull();
    expect(readEnvelope({ sourcelight: 1, name: "article/read", payload: { text: "x" } })).toBeNull();
  });
});
