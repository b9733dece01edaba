// Russian and Ukrainian: one short, self-written case per rule of the Slavic reader, and the
// UI strings in both languages.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { extract, groupSources, guessLanguage, isSupportedLanguage, type Attribution, type Span } from "../../../src/engine";

const pieces = (a: Attribution): Span[] => (Array.isArray(a.content) ? a.content : [a.content]);
const content = (a: Attribution | undefined): string => (a ? pieces(a).map((p) => p.text).join(" | ") : "");
const ru = (text: string): Attribution[] => extract(text, { lang: "ru" });
const uk = (text: string): Attribution[] => extract(text, { lang: "uk" });
const byCue = (list: Attribution[], cue: string): Attribution | undefined => list.find((a) => a.cue.text === cue);

describe("languages", () => {
  test("ru and uk are supported with or without a region; others are not", () => {
    for (const tag of ["ru", "uk", "ru-RU", "uk-UA", "RU", "uk_UA"]) expect(isSupportedLanguage(tag)).toBe(true);
    for (const tag of ["fr", "be", "kk", "bg"]) expect(isSupportedLanguage(tag)).toBe(false);
    expect(extract("Лукашэнка заявіў, што …", { lang: "be" })).toEqual([]);
  });

  test("guessLanguage tells Russian, Ukrainian and English apart", () => {
    expect(guessLanguage("Песков заявил, что Кремль не будет комментировать эти сообщения.")).toBe("ru");
    expect(guessLanguage("Зеленський наголосив, що Україна не погодиться на заморожування конфлікту.")).toBe("uk");
    expect(guessLanguage("“We are ready,” Blinken told reporters.")).toBe("en");
    expect(guessLanguage("Le président a déclaré que la France est prête.")).toBeUndefined();
    expect(guessLanguage("12345 — …")).toBeUndefined();
  });

  test("English text read as Russian gives nothing", () => {
    expect(ru("“We are ready,” Blinken told reporters.")).toEqual([]);
  });
});

describe("cues", () => {
  test("gendered, plural and present forms", () => {
    expect(ru("Песков заявил, что визит отложен.")[0]).toMatchObject({ kind: "indirect", cue: { text: "заявил" }, source: { text: "Песков" } });
    expect(ru("Захарова заявила, что ответ будет.")[0]?.cue.text).toBe("заявила");
    expect(ru("Депутаты заявили, что закон примут.")[0]?.source.text).toBe("Депутаты");
    expect(content(ru("Кремль заявляет, что переговоры идут.")[0])).toBe("переговоры идут");
    expect(uk("Міністр зазначила, що реформа триває.")[0]?.cue.text).toBe("зазначила");
    expect(uk("Посол наголосив, що санкції діють.")[0]?.cue.text).toBe("наголосив");
    expect(uk("Вони кажуть, що все гаразд.")[0]?.cue.text).toBe("кажуть");
  });

  test("an adverbial participle takes the subject of its clause", () => {
    const a = byCue(ru("Песков прокомментировал ситуацию, заявив, что Кремль ждет объяснений."), "заявив");
    expect(a?.source.canonical).toBe("Песков");
    expect(content(a)).toBe("Кремль ждет объяснений");
  });

  test("по словам / по данным / за словами / за даними, before or after the content", () => {
    const a = ru("По словам Пескова, переговоры продолжатся.")[0];
    expect(a).toMatchObject({ kind: "indirect", cue: { text: "По словам" }, source: { text: "Пескова" } });
    expect(content(a)).toBe("переговоры продолжатся");
    expect(content(ru("Ночью сбиты 40 беспилотников, по данным Минобороны.")[0])).toBe("Ночью сбиты 40 беспилотников");
    expect(uk("За словами Кличка, у місті чути вибухи.")[0]?.source.text).toBe("Кличка");
    const b = uk("За даними Генштабу ЗСУ, відбулося 176 боєзіткнень.")[0];
    expect(b?.source).toMatchObject({ text: "Генштабу ЗСУ", type: "organization", canonical: "Генштаб ЗСУ" });
    expect(uk("За її словами, обшук тривав три години.")[0]?.source.text).toBe("її");
  });

  test("как сообщает / передает ТАСС; як повідомляє", () => {
    const a = ru("Как сообщает ТАСС, переговоры пройдут в Стамбуле.")[0];
    expect(a).toMatchObject({ source: { text: "ТАСС", type: "media" }, cue: { text: "сообщает" } });
    expect(content(a)).toBe("переговоры пройдут в Стамбуле");
    expect(ru("Переговоры пройдут в Стамбуле, как передает ТАСС.")[0]?.source.text).toBe("ТАСС");
    expect(uk("Як повідомляє «Укрінформ», у місті спалахнула пожежа.")[0]?.source).toMatchObject({ text: "«Укрінформ»", type: "media" });
  });

  test("говорится в заявлении, йдеться в заяві: the document is the source", () => {
    const a = ru("В заявлении МИД говорится, что Москва ответит на санкции.")[0];
    expect(a).toMatchObject({ source: { text: "заявлении МИД", type: "document" }, kind: "indirect" });
    expect(content(a)).toBe("Москва ответит на санкции");
    const b = uk("«Усі цілі уражено», – йдеться в заяві МЗС.")[0];
    expect(b).toMatchObject({ kind: "direct", source: { text: "заяві МЗС" } });
    expect(content(b)).toBe("«Усі цілі уражено»");
  });

  test("a place as speaker: сообщили в пресс-службе, у міністерстві наголосили", () => {
    const a = ru("Решение обжалуют, сообщили в пресс-службе суда.")[0];
    expect(a).toMatchObject({ source: { text: "пресс-службе суда", type: "organization", canonical: "пресс-служба суда" } });
    expect(content(a)).toBe("Решение обжалуют");
    expect(uk("У Генштабі ЗСУ повідомили, що ворог відступив.")[0]?.source.text).toBe("Генштабі ЗСУ");
  });

  test("написал в Telegram, сказала в интервью Радио Свобода", () => {
    expect(content(ru("Захарова написала в Telegram, что это провокация.")[0])).toBe("это провокация");
    const a = ru("Адвокат Ольга Мартынова сказала в интервью Радио Свобода, что защита обжалует приговор.")[0];
    expect(a?.source.canonical).toBe("Ольга Мартынова");
    expect(content(a)).toBe("защита обжалует приговор");
  });

  test("об этом / про це: the sentence before is the content", () => {
    const a = ru("Песков заявил, что переговоры идут. Об этом сообщает ТАСС.").find((x) => x.source.text === "ТАСС");
    expect(content(a)).toBe("Песков заявил, что переговоры идут");
    expect(uk("Сили ППО збили 30 дронів. Про це йдеться в повідомленні Повітряних сил.")[0]?.source.text).toBe("повідомленні Повітряних сил");
    expect(ru("Об этом сообщает ТАСС.")).toEqual([]);
  });

  test("a second predicate of the same subject ends the first content", () => {
    const list = ru("Он назвал санкции «нелегитимными» и заявил, что Россия ответит.");
    expect(content(byCue(list, "назвал"))).toBe("санкции «нелегитимными»");
    expect(byCue(list, "назвал")?.kind).toBe("mixed");
    expect(content(byCue(list, "заявил"))).toBe("Россия ответит");
    expect(content(ru("Суд постановил, что вина доказана, и на четыре года запретил ему работать.")[0])).toBe("вина доказана");
  });
});

describe("quotations", () => {
  test("«ёлочки» with nested „лапки“ are one quote", () => {
    const a = ru("«Если это называется „фейком“, то что тогда правда?» — спросил Ковригин.")[0];
    expect(a).toMatchObject({ kind: "direct", source: { text: "Ковригин" } });
    expect(content(a)).toBe("«Если это называется „фейком“, то что тогда правда?»");
    expect(a?.quotes).toHaveLength(1);
  });

  test("straight quotes and a postposed attribution", () => {
    const a = ru('"Санкции работают", — сказал он журналистам в Киеве.')[0];
    expect(a).toMatchObject({ kind: "direct", source: { text: "он" }, cue: { text: "сказал" } });
    expect(content(a)).toBe('"Санкции работают"');
  });

  test("a quote split by its attribution is one attribution in two pieces", () => {
    const a = uk("«Світ дивиться на фронт, – сказав Чубаров. – Але люди не можуть чекати».")[0];
    expect(a?.source.text).toBe("Чубаров");
    expect(pieces(a as Attribution).map((p) => p.text)).toEqual(["«Світ дивиться на фронт", "Але люди не можуть чекати»"]);
    const b = ru("«Мы готовы к диалогу», — сказал он, — «но не на этих условиях».")[0];
    expect(pieces(b as Attribution)).toHaveLength(2);
  });

  test("dialogue dashes: direct speech without quotation marks", () => {
    const a = ru("— Мы не отступим, — сказал командир батальона. — У нас есть приказ.")[0];
    expect(a).toMatchObject({ kind: "direct", source: { text: "командир батальона" } });
    expect(pieces(a as Attribution).map((p) => p.text)).toEqual(["Мы не отступим", "У нас есть приказ."]);
    expect(uk("– Поранених багато, – розповіла лікарка Ірина Петренко.")[0]?.source.canonical).toBe("Ірина Петренко");
  });

  test("a colon introduction, inline or before a quote of several paragraphs", () => {
    expect(uk("Зеленський написав: «Росія має відповісти за злочини».")[0]).toMatchObject({ kind: "direct", source: { text: "Зеленський" } });
    const a = uk("У зверненні Зеленський сказав:\n\n«Ми вдячні партнерам.\n\n«Але нам потрібно більше».\n\nІнше речення.")[0];
    expect(a?.source.text).toBe("Зеленський");
    expect(pieces(a as Attribution).map((p) => p.text)).toEqual(["«Ми вдячні партнерам.", "«Але нам потрібно більше»"]);
  });

  test("the author's remark after speech needs no lexicon verb", () => {
    expect(ru("«Ну что тут скажешь», — вздохнул он.")[0]).toMatchObject({ kind: "direct", source: { text: "он" }, cue: { text: "вздохнул" } });
    expect(uk("– Світ змінився, – зітхає Рефат Чубаров.")[0]?.source.canonical).toBe("Рефат Чубаров");
    expect(ru("«Да», — это главное.")).toEqual([]);
  });

  test("a quote sentence after a postposed attribution continues it", () => {
    const list = ru("«Мы готовы», — сказал Лавров. «Но не на этих условиях».");
    expect(list).toHaveLength(1);
    expect(pieces(list[0] as Attribution)).toHaveLength(2);
  });

  test("titles, names, party and channel names and scare quotes are not speech", () => {
    expect(ru("Так называемая «специальная военная операция» продолжается.")).toEqual([]);
    expect(ru("Газета «Известия» опубликовала интервью. Фильм «Город без окон» вышел в 2023 году.")).toEqual([]);
    expect(uk("Партія «Слуга народу» провела з'їзд у Києві.")).toEqual([]);
    // A quoted name inside reported content does not make it a quotation.
    expect(ru("Как пишет газета «Коммерсантъ», Москва добивается снятия санкций с «Аэрофлота».")[0]?.kind).toBe("indirect");
  });
});

describe("sources", () => {
  test("titles and institutions", () => {
    const a = ru("Пресс-секретарь президента России Дмитрий Песков на брифинге заявил, что визит отложен.")[0];
    expect(a?.source).toMatchObject({ text: "Пресс-секретарь президента России Дмитрий Песков", type: "person", canonical: "Дмитрий Песков" });
    expect(ru("Минобороны сообщило, что атака отражена.")[0]?.source).toMatchObject({ text: "Минобороны", type: "organization" });
    expect(uk("МЗС заявило, що Україна не визнає вироку.")[0]?.source).toMatchObject({ text: "МЗС", type: "organization" });
  });

  test("anonymous sources keep their description", () => {
    const a = ru("Источник, знакомый с ходом переговоров, сказал, что стороны близки к соглашению.")[0];
    expect(a?.source).toMatchObject({ text: "Источник", type: "anonymous" });
    expect(content(a)).toBe("стороны близки к соглашению");
    const b = uk("Співрозмовник, який попросив не називати його імені, сказав Радіо Свобода, що рішення ухвалено.")[0];
    expect(b?.source).toMatchObject({ text: "Співрозмовник", type: "anonymous" });
    expect(content(b)).toBe("рішення ухвалено");
  });

  test("pronouns resolve by gender", () => {
    const list = ru("Мария Захарова заявила, что ответ будет. Глава МИД Сергей Лавров заявил, что переговоры идут. Она добавила, что ждет ответа. Он уточнил, что встреча в среду.");
    expect(byCue(list, "добавила")?.source.resolved).toBe("Мария Захарова");
    expect(byCue(list, "уточнил")?.source.resolved).toBe("Сергей Лавров");
    const v = uk("Речниця МЗС заявила, що Київ чекає відповіді. Вона наголосила, що часу мало.");
    expect(byCue(v, "наголосила")?.source.resolved).toBe("Речниця МЗС");
    const w = uk("Речник Кремля Дмитро Пєсков поспілкувався з журналістами. Він заперечив, що армія б'є по цивільних.");
    expect(w[0]?.source.resolved).toBe("Дмитро Пєсков");
  });

  test("descriptions: ведомство, міністерство, речниця, омбудсман", () => {
    const a = ru("В Министерстве экономики опровергли обвинения. В ведомстве отметили, что банки соблюдают требования.");
    expect(byCue(a, "отметили")?.source.resolved).toBe("Министерство экономики");
    const b = uk("«Це злочин», – йдеться в заяві МЗС України. У міністерстві наголосили, що Київ не визнає вироку.");
    expect(byCue(b, "наголосили")?.source.resolved).toBe("МЗС України");
    const c = uk("Омбудсман Дмитро Лубінець написав, що вирок незаконний. «Ми звернемося до ООН», – додав омбудсман.");
    expect(byCue(c, "додав")?.source.resolved).toBe("Дмитро Лубінець");
    const d = ru("Адвокат Ольга Мартынова заявила, что приговор обжалуют. Прокурор Елена Смирнова сказала, что приговор законен. «Мы дойдем до ЕСПЧ», — добавила адвокат.");
    expect(byCue(d, "добавила")?.source.resolved).toBe("Ольга Мартынова");
  });

  test("case forms of a name group under one nominative name", () => {
    const list = ru(
      "Пресс-секретарь президента России Дмитрий Песков заявил, что визит отложен. Журналисты задали вопрос Пескову. По словам Пескова, решение примут позже. «Рано говорить», — сказал Песков.",
    );
    const groups = groupSources(list);
    const peskov = groups.find((g) => g.canonical === "Дмитрий Песков");
    expect(peskov?.mentions.map((m) => m.text)).toEqual(["Пресс-секретарь президента России Дмитрий Песков", "Пескова", "Песков"]);
    expect(groups).toHaveLength(1);
    // A genitive name seen nowhere in the nominative is put in it.
    expect(ru("По словам Марии Захаровой, ответ будет.")[0]?.source.canonical).toBe("Мария Захарова");
  });
});

describe("UI strings", () => {
  type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  const read = (lang: string): Messages => JSON.parse(readFileSync(resolve(__dirname, `../../../_locales/${lang}/messages.json`), "utf8")) as Messages;
  const en = read("en");
  test.each(["ru", "uk"])("%s has every key of en, translated, with the same placeholders", (lang) => {
    const tr = read(lang);
    expect(Object.keys(tr).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(en)) {
      const t = tr[k] as Messages[string];
      expect(t.placeholders).toEqual(v.placeholders);
      // Every $NAME$ used in English is used in the translation too.
      expect((t.message.match(/\$[A-Z_]+\$/g) ?? []).sort()).toEqual((v.message.match(/\$[A-Z_]+\$/g) ?? []).sort());
      if (!/^Sourcelight$|^Markdown|JSON/.test(v.message)) expect(t.message).not.toBe(v.message);
    }
  });
});

describe("from held-out copy in Radio Svoboda's style", () => {
  test("“Омбудсман закликав …” after the ombudsman is named is him, though a sentence start capitalises the title", () => {
    const found = uk("Заголовок\n\nУповноважений Верховної Ради з прав людини Дмитро Лубінець зазначив, що серед звільнених є поранені. Омбудсман закликав Червоний Хрест «нарешті отримати доступ» до всіх місць утримання.");
    expect(byCue(found, "закликав")?.source).toMatchObject({ text: "Омбудсман", resolved: "Дмитро Лубінець" });
  });

  test("“Источник сказал” opens a new unnamed source, not a description of the last", () => {
    const found = ru("Заголовок\n\nСобеседник издания в МИД сказал, что переговоры зашли в тупик. Источник в делегации сказал, что встреча состоится.");
    expect(found.map((a) => a.source.resolved)).toEqual([undefined, undefined]);
  });

  test.each([
    ["ru", "Подготовлено по материалам «Медиазоны» и ОВД-Инфо", "«Медиазоны» и ОВД-Инфо"],
    ["uk", "Підготовлено за матеріалами Суспільного та Reuters", "Суспільного та Reuters"],
  ])("credit line (%s): %s", (lang, line, names) => {
    const found = extract(`Заголовок\n\nТекст.\n\n${line}`, { lang });
    expect(found.find((a) => a.kind === "credit")?.source.text).toBe(names);
  });
});

test("“Там уточнили” is the body named just before", () => {
  const found = ru("Заголовок\n\nВ Генштабе сообщили, что ночью были сбиты 40 дронов. Там уточнили, что пострадавших нет.");
  expect(byCue(found, "уточнили")?.source).toMatchObject({ text: "Там", type: "organization", resolved: byCue(found, "сообщили")?.source.canonical });
});

test("“Жительница Унечи … рассказала”: the town is where she lives, and “она” is her", () => {
  const found = ru("Заголовок\n\nЖительница Унечи, попросившая не называть ее имени, рассказала Радио Свобода, что ночью слышала взрывы.\n\n— Все небо стало оранжевым, — сказала она.");
  expect(found.map((a) => a.source.canonical)).toEqual(["Жительница Унечи", "Жительница Унечи"]);
});

test.each([
  ["uk", "За версією слідства, Гордієнко вимагав від керівника компанії 400 тисяч доларів.", "слідства"],
  ["ru", "По версии следствия, Гордиенко требовал от директора компании 400 тысяч долларов.", "следствия"],
])("“за версією / по версии слідства” (%s): the investigation's version, not the accused's words", (lang, sentence, source) => {
  const found = extract(`Заголовок\n\n${sentence}`, { lang });
  expect(found[0]?.source.text).toBe(source);
});

describe("bodies named in an oblique case are listed under their nominative", () => {
  test.each([
    ["uk", "У Координаційному штабі з питань поводження з військовополоненими уточнили, що серед звільнених є поранені.", "Координаційний штаб з питань поводження з військовополоненими"],
    ["uk", "У Державній прикордонній службі повідомили, що кордон закрито.", "Державна прикордонна служба"],
    ["ru", "В Генеральном штабе заявили, что атака отражена.", "Генеральный штаб"],
    ["ru", "В Государственной думе заявили, что закон принят.", "Государственная дума"],
  ])("%s: %s", (lang, sentence, canonical) => {
    expect(extract(`Заголовок\n\n${sentence}`, { lang })[0]?.source.canonical).toBe(canonical);
  });
});

test("“он” does not point back to a plural (“по оценке авторов доклада”)", () => {
  const found = ru("Заголовок\n\nПо оценке авторов доклада, речь идет о нескольких тысячах человек.\n\n— Нас перевозили с мешками на головах, — рассказал он.");
  expect(byCue(found, "рассказал")?.source.resolved).toBeUndefined();
});

test("“ФСИН России … не ответила. Ранее в ведомстве утверждали …”: the body whose initials opened the sentence", () => {
  const found = ru("Заголовок\n\nВ Киеве считают, что пленных тысячи.\n\nФСИН России на запрос Радио Свобода не ответила. Ранее в ведомстве утверждали, что нарушений нет.");
  expect(byCue(found, "утверждали")?.source.resolved).toBe("ФСИН России");
});

test("“В заявлении центра говорится” is the statement of the центр named before, not of the last body", () => {
  const found = ru("Заголовок\n\nПравозащитный центр «Мемориал» признал Гриневу политзаключенной. В пресс-службе Мосгорсуда сообщили, что жалоба отклонена. В заявлении центра говорится, что преследование превратилось в конвейер.");
  expect(byCue(found, "говорится")?.source.resolved).toBe("Правозащитный центр «Мемориал»");
});

test("“Міністерство оборони Росії підтвердило обмін. У відомстві заявили …”: the ministry that opened the sentence before", () => {
  const found = uk("Заголовок\n\nУ Координаційному штабі уточнили, що обмін завершено.\n\nМіністерство оборони Росії підтвердило обмін. У відомстві заявили, що військовим надається допомога.");
  expect(byCue(found, "заявили")?.source.resolved).toBe("Міністерство оборони Росії");
});

test("a body named inside what was reported is not what a later description points back to", () => {
  const found = uk("Заголовок\n\nЗа даними Повітряних сил ЗСУ, росіяни випустили 412 дронів. Сили протиповітряної оборони знешкодили 386 дронів, йдеться в повідомленні.");
  expect(byCue(found, "йдеться")?.source.resolved).toBe(byCue(found, "За даними")?.source.canonical);
});
