// English: cue lexicon, quote marks and the word classes the source rules read.
import { minedBreaks, minedCues } from "./en-mined";
import { enScorer } from "./en-scorer";
import type { CueEntry, CueFrame, LangData } from "./types";

/** Regular English inflection: base, 3rd person, past, present participle. */
function inflect(base: string): [string, string, string, string] {
  const cons = /[^aeiou]y$/.test(base);
  const third = /(s|sh|ch|x|z)$/.test(base) ? base + "es" : cons ? base.slice(0, -1) + "ies" : base + "s";
  const past = base.endsWith("e") ? base + "d" : cons ? base.slice(0, -1) + "ied" : base + "ed";
  const ing = base.endsWith("ie")
    ? base.slice(0, -2) + "ying"
    : base.endsWith("e") && !base.endsWith("ee")
      ? base.slice(0, -1) + "ing"
      : base + "ing";
  return [base, third, past, ing];
}

/**
 * "say:said" lists a verb whose past differs from the regular rule; "admit:admitted:admitting"
 * also overrides the participle; "point_out" is a phrasal verb (only the first word inflects);
 * a leading "-" drops the base and 3rd-person forms, which are mostly nouns ("call", "calls").
 */
function verbs(frame: CueFrame, specs: string, belief = false, stance = false): CueEntry[] {
  const out: CueEntry[] = [];
  for (let spec of specs.trim().split(/\s+/)) {
    const pastOnly = spec.startsWith("-");
    if (pastOnly) spec = spec.slice(1);
    const [lemma = "", past, ing] = spec.split(":");
    const [head = "", ...rest] = lemma.split("_");
    const f = inflect(head);
    if (past) f[2] = past;
    if (ing) f[3] = ing;
    const forms = pastOnly ? [f[2], f[3]] : f;
    const seen = new Set<string>();
    for (const form of forms) {
      if (seen.has(form)) continue;
      seen.add(form);
      out.push({ words: [form, ...rest], frame, ...(form === f[3] ? { participle: true } : {}), ...(belief ? { belief } : {}), ...(stance ? { stance } : {}) });
    }
  }
  return out;
}

const cues: CueEntry[] = [
  ...verbs(
    "say",
    `say:said add argue:argued explain -state declare acknowledge admit:admitted:admitting confirm
     suggest conclude reiterate predict estimate write:wrote:writing
     observe contend stress emphasize emphasise assert allege recall point_out concede
     testify insist claim note announce reveal indicate -tweet caution complain
     speculate joke boast lament quip recount
     express_hope -remark predict imply:implied signal
     say:said:saying show:showed:showing -charge counter hail wonder clarify:clarified retort
     repeat echo:echoed disclose -hint muse confide swear:swore proclaim brag:bragged
     forecast:forecast reckon concede acknowledge contend posit:posited acknowledge insist agree:agreed:agreeing`,
  ),
  ...verbs("say", `believe think:thought worry:worried hope fear guess:guessed expect`, true),
  ...verbs("tell", `tell:told assure inform remind advise convince:convinced persuade`),
  ...verbs(
    "object",
    `deny:denied accuse -refer_to:referred:referring urge demand warn blame criticize
     criticise praise dismiss reject -question defend describe -call:called
     propose cite recommend condemn slam:slammed blast vow pledge promise
     call_for call_on ask:asked:asking dispute -challenge decry applaud
     threaten refuse mention -point_to mock ridicule laud -label:labeled:labeling -dub:dubbed:dubbing
     brand characterize -express:expressed:expressing tout denounce lambast -lash_out
     -fire_back -shoot_back:shot:shooting`,
  ),
  // Stances PolNeAR marks (endorsements, wishes, plans, views): the scorer keeps the reliable ones.
  ...verbs(
    "object",
    `want plan seek:sought decline see:saw:seeing know:knew feel:felt view consider -ask_about -talk_about`,
  ),
  // Endorsements: the content is who or what is backed ("endorsed Sanders on Monday" → "Sanders").
  ...verbs("object", `support oppose endorse back prefer:preferred favor favour thank attack vote_for`, false, true),
  // Word forms mined from PolNeAR train gold, kept where precise (scripts/mine-cues.mjs).
  ...(Object.entries(minedCues) as [CueFrame, string][]).flatMap(([frame, forms]) =>
    forms.split(" ").filter(Boolean).map((form): CueEntry => ({ words: form.split("_"), frame, ...(/ing$/.test(form.split("_")[0] as string) ? { participle: true } : {}) })),
  ),
  ...verbs("that", `continue respond reply:replied -answer -comment find:found:finding
     report learn:learned:learning`),
  { words: ["according", "to"], frame: "according" },
  // "Interfax quoted Ryabkov as saying …", "Putin was quoted as saying …": the one quoted speaks.
  { words: ["as", "saying"], frame: "say" },
  // "Blinken told reporters." names no addressee the reader needs apart from the cue.
  ...["tell", "tells", "told", "telling"].flatMap((w) => ["reporters", "journalists"].map((o): CueEntry => ({ words: [w, o], frame: "say", ...(w === "telling" ? { participle: true } : {}) }))),
];

export const en: LangData = {
  code: "en",
  cues,
  minObjectWords: 1,
  ...(enScorer ? { scorer: enScorer } : {}),
  quotePairs: [
    { open: "\u201C", close: "\u201D" }, // “ ”
    { open: "\u2018", close: "\u2019" }, // ‘ ’
    { open: "\u00AB", close: "\u00BB" }, // « »
    { open: "\u201E", close: "\u201C" }, // „ “
    { open: "\u201A", close: "\u2018" }, // ‚ ‘
    { open: "\u2039", close: "\u203A" }, // ‹ ›
    { open: '"', close: '"' },
    { open: "'", close: "'" },
  ],
  pronouns: { he: "person", she: "person", they: "unknown", we: "unknown", i: "person", you: "unknown", it: "unknown" },
  groupPronouns: ["they", "it"],
  objectPronouns: ["him", "them", "us", "me", "her", "whom", "itself", "himself", "herself", "themselves"],
  determiners: (
    "the a an this these those his her its their our my your some many several most few both all " +
    "two three four five six seven eight nine ten dozens hundreds thousands any no each other another"
  ).split(" "),
  adverbs: (
    "also has have had always previously repeatedly later then now recently once again earlier " +
    "would will could may might can should did does do not never n't reportedly publicly privately " +
    "initially first just already further flatly quickly strongly often still even long has since " +
    "only last ago yesterday today tonight separately subsequently had been is was were are am be " +
    "nevertheless nonetheless meanwhile instead therefore"
  ).split(" "),
  notAdverbs: (
    "family ally rally assembly supply anomaly monopoly belly bully folly homily daily weekly monthly " +
    "quarterly elderly friendly lonely deadly costly likely early holy ugly silly lovely lively orderly " +
    "italy july"
  ).split(" "),
  bridges: ["of", "for", "with", "from", "at", "in", "on"],
  stopWords: (
    "that which who whom whose what when where why how while because since though although if let's please " +
    "and or but nor so yet as than to by about into onto toward towards against like unlike via " +
    "after before during until over under between among through without within upon despite is are was " +
    "were be been being am there here not no yes said says told"
  ).split(" "),
  subordinators: (
    "that which who after before when while because since though although if and but or as so " +
    "once until whereas where yet whether how why what also then and"
  ).split(" "),
  clauseAux: (
    "has have had is was were will would did does do also has can could may might should must " +
    "then later still"
  ).split(" "),
  clauseBreaks: `but and which while even although though whereas yet as compared despite ${minedBreaks}`.trim().split(" "),
  afterSource: "who whose which in on at to".split(" "),
  // "easier said than done", "did not show up", "calls into question".
  cueBlockers: ["than", "up", "into"],
  nounMakers: ["conference", "phone", "telephone", "video"],
  openers: ["asked", "pressed", "questioned"],
  adjunctWords: (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may " +
    "june july august september october november december yesterday today tonight last this " +
    "earlier later recently once repeatedly afterward afterwards again reporters early late"
  ).split(" "),
  grammar: {
    passiveAux: ["is", "are", "was", "were", "be", "been", "being"],
    finiteAux: ["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could"],
    coordinators: ["and", "but"],
    sentenceConjunctions: ["but", "and", "yet", "so"],
    relativePerson: "who",
    relativeThing: "which",
    relativeOwner: "whose",
    infinitiveMarker: "to",
    particles: ["back"],
    particleVerbs: "hit hits hitting fight fights strike strikes push pushes come comes go goes get gets fire fires shoot shoots".split(" "),
    clauseApposition: {
      articles: ["a", "an"],
      partitive: ["one", "of"],
      nouns: "move deal step decision claim charge figure number rise drop increase decline sign day week month year reference".split(" "),
    },
    objectPrepositions: ["to", "by", "about", "than", "into", "against", "like", "via"],
    definite: ["the", "this", "that"],
    agentPreposition: "by",
    absolutePreposition: "with",
    quoting: { verbs: ["quoted", "cited"], marker: "as", subjects: { him: "he", her: "she", them: "they", us: "we", me: "i" } },
    irregularPast: (
      // Not the forms that are also nouns or present tenses ("a set of", "they put").
      "withheld withdrew began became brought built bought caught chose came did drew drove ate fell fought flew forgot froze " +
      "got gave went grew had heard held hid kept knew laid led left lent lost made meant met paid " +
      "ran rang rose sat sold sent shook sang sank slept slid spent spoke spun " +
      "stood stole stuck struck swore swept swam took taught tore thought threw understood woke wore won withdrew"
    ).split(" "),
    gerundPrepositions: ["by", "after", "before", "while", "when"],
    anonymity: {
      opens: ["who", "speaking", "talking"],
      words: ["identified", "named", "identify", "name", "anonymity", "anonymously", "publicly", "authorized", "authorised", "record"],
      denials: ["not", "n't", "anonymity", "anonymously", "declined", "refused"],
    },
    possessives: ["his", "her", "its", "their", "our", "my"],
    postnominal: ["familiar", "close", "knowledgeable", "briefed", "involved", "aware"],
    reflexives: ["himself", "herself", "itself", "themselves"],
    sentenceAdverbs: ["however", "meanwhile", "rather", "instead", "indeed", "still", "moreover", "furthermore", "nonetheless", "nevertheless", "likewise", "similarly", "separately", "overall", "now", "yet"],
    comparatives: ["more than", "less than", "fewer than", "at least", "about", "nearly", "almost", "roughly", "only"],
  },
  complementizer: "that",
  personNouns: (
    "spokesman spokeswoman spokesperson president minister secretary adviser advisor senator " +
    "leader chairman chairwoman chair director ambassador governor mayor " +
    "representative lawmaker congressman congresswoman candidate nominee aide analyst expert " +
    "professor economist general commander chief head deputy envoy diplomat premier chancellor " +
    "king queen prince judge lawyer attorney prosecutor founder author researcher scientist " +
    "strategist pollster consultant manager counterpart speaker whip member officer " +
    "editor correspondent reporter journalist columnist anchor host producer " +
    "wife husband widow widower mother father son daughter brother sister spouse relative " +
    "activist dissident blogger defendant suspect victim witness prisoner student teacher doctor " +
    "investigator protester demonstrator rescuer negotiator"
  ).split(" "),
  singleAnonymous: "official source aide person insider".split(" "),
  anonymousNouns: (
    "official officials source sources aide aides diplomats people person insiders insider " +
    "observers critics experts analysts residents witnesses lawmakers family relatives"
  ).split(" "),
  documentNouns: (
    "statement summary readout report press release reading memo memorandum letter document " +
    "transcript communique communiqué declaration poll survey study analysis filing complaint " +
    "indictment ruling order note post tweet message email announcement resolution bill " +
    "decree website site headline account"
  ).split(" "),
  issuedDocuments: "statement summary readout report release reading communique communiqué declaration announcement letter message post tweet".split(" "),
  organizationNouns: (
    "mission wing office presidency government ministry department administration campaign committee party " +
    "agency court police army military commission council parliament senate house congress " +
    "embassy team company firm group coalition alliance union movement organization " +
    "organisation authorities authority service bureau regime cabinet institute foundation " +
    // Armed forces and public bodies RFE/RL quotes daily ("the Ukrainian Air Force said").
    "force forces navy command headquarters directorate center centre university board bank fund " +
    "assembly tribunal network spokesmen"
  ).split(" "),
  mediaNouns: "newspaper broadcaster network channel magazine outlet paper daily tabloid agency media".split(" "),
  organizationNames: (
    // Capitalised only: "the National Guard", "the General Staff" (a guard or the staff may be people).
    "Guard Staff " +
    "Kremlin Pentagon White House Congress Senate NATO EU UN Moscow Washington Kyiv Kiev Beijing " +
    "London Paris Berlin Brussels Tehran Russia Ukraine China Iran Israel France Germany Britain " +
    "Poland Belarus Turkey Japan India Pakistan Syria Iraq Afghanistan Georgia Armenia Azerbaijan " +
    "Kazakhstan Kyrgyzstan Uzbekistan Tajikistan Turkmenistan Moldova Lithuania Latvia Estonia " +
    "America United States Nations European Union Ministry Department Council Commission Office " +
    "Presidency Government Parliament Duma Rada Party Committee Court Administration FBI CIA " +
    "GOP DNC RNC Democrats Republicans Treasury Army Navy Police Embassy Watch International Amnesty Taliban Hamas Hezbollah " +
    // Agencies and bodies named by their initials or brand, in RFE/RL's beats and beyond.
    "CDC FDA NIH WHO IMF OSCE UNHCR UNICEF UNESCO IAEA ICC OPEC WTO ECB FSB GRU SBU NABU Interpol Europol " +
    "Gazprom Rosneft Rosatom Roskomnadzor Wagner Memorial " +
    // Countries and capitals speak for their governments ("South Africa said", "Minsk denied").
    "Albania Algeria Argentina Australia Austria Bahrain Bangladesh Belgium Bosnia Brazil Bulgaria " +
    "Canada Chile Colombia Croatia Cuba Cyprus Denmark Egypt Ethiopia Finland Greece Hungary " +
    "Indonesia Ireland Italy Jordan Kenya Kosovo Kuwait Lebanon Libya Malaysia Mexico Mongolia " +
    "Montenegro Morocco Myanmar Nepal Netherlands Nigeria Norway Oman Portugal Qatar Romania Serbia " +
    "Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Taiwan Thailand Tunisia " +
    "Venezuela Vietnam Yemen Zimbabwe Africa Korea Arabia Kingdom Zealand Emirates Macedonia " +
    "Minsk Tbilisi Yerevan Baku Astana Bishkek Tashkent Dushanbe Ashgabat Chisinau Vilnius Riga " +
    "Tallinn Warsaw Prague Budapest Bucharest Sofia Belgrade Pristina Sarajevo Skopje Tirana " +
    "Ankara Kabul Islamabad Doha Riyadh Cairo Damascus Baghdad Tokyo Seoul Pyongyang Ottawa"
  ).split(" "),
  mediaNames: (
    "Reuters AFP AP Associated Press TASS Interfax RIA Novosti CNN BBC NBC CBS ABC Fox MSNBC NPR " +
    "Post Times Journal Bloomberg Politico Axios Guardian Telegraph Breitbart Hill RFE/RL " +
    "Gazette Tribune Herald Daily News Xinhua Al Jazeera Kommersant Vedomosti Izvestia " +
    // RFE/RL's own services and networks, which its stories cite by name.
    "Radio Current Time Svoboda Farda Azadi Azattyq Ozodi Azatutyun Ozodlik Polygraph.info Meduza " +
    // Agencies and outlets that RFE/RL's stories cite.
    "BelTA Mizan Kabar IRNA Tasnim ISNA Ukrinform UNIAN Mediazona Gazeta Pravda Suspilne Hromadske " +
    "RBC Fontanka Dozhd Euronews Anadolu dpa Yonhap Kyodo ANSA EFE Tengrinews"
  ).split(" "),
  titles: (
    "US U.S. American Russian Ukrainian French German British Chinese Polish President Prime " +
    "Minister Secretary Senator Sen. Rep. Gov. Governor Mayor Spokesman Spokeswoman Deputy Foreign " +
    "Defense Defence State National Security Adviser Advisor Chancellor General Gen. Mr. Mrs. Ms. " +
    "Dr. Former Vice Chairman Chief Director Ambassador Judge Justice Speaker Leader Majority " +
    "Minority House Senate Kremlin Pentagon White official spokesman spokeswoman adviser " +
    "secretary minister president leader of Defense the Democratic Republican Democrat " +
    "Sergeant Admiral Colonel Commander Chair Representative Congressman Congresswoman Attorney " +
    // British style drops the period ("Mr Obama"); a company's chief is a title too.
    "Mr Mrs Ms Dr CEO"
  ).split(" "),
  sex: {
    words: [
      "he his mr. donald bernie ted john bill barack jeb david paul mike joe joseph michael george eric " +
        "james mark tim richard peter robert brian charles kevin thomas jack andrew william vladimir " +
        "father husband son brother widower grandfather spokesman chairman congressman",
      "she her mrs. ms. miss hillary carly elizabeth michelle jennifer susan melania sarah nancy " +
        "ivanka angela ann patricia laura jane barbara amy maria karen mary " +
        "mother wife daughter sister widow grandmother spokeswoman chairwoman congresswoman",
    ],
    // Slavic surnames: "Zakharova", "Stefanishyna" are women, "Lavrov", "Zelensky" men ("-ko" tells
    // nothing). "-in" and "-ska" are left out: Martin, Deripaska.
    endings: [/(ov|ev|sky)$/, /(ova|eva|[iy]na|aya)$/],
  },
  abbreviations: (
    "mr mrs ms dr sen rep gov gen lt col sgt st jr sr prof inc ltd co corp vs etc jan feb mar " +
    "apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m d.c"
  ).split(" "),
  furniture: (
    "watch read video photo update related advertisement correction note breaking exclusive email " +
    "listen more previously opinion analysis live byline latest revealed look contributing " +
    // A fact-check's labels (Polygraph.info): "Claim: “…,” Zakharova said", "Verdict: False".
    "claim verdict rating fact context"
  ).split(" "),
  questionTo: "Question to",
  contestCues: "deny denied denies denying insist insisted insists insisting claim claimed claims claiming accuse accused accuses accusing".split(" "),
  creditPhrases: [
    ["with", "reports", "from"],
    ["with", "reporting", "by"],
    ["additional", "reporting", "by"],
    ["reporting", "by"],
    ["compiled", "by"],
    ["based", "on", "reporting", "by"],
    ["based", "on", "reports", "by"],
    ["based", "on", "reports", "from"],
    ["with", "reporting", "from"],
    ["with", "reports", "by"],
    ["with", "additional", "reporting", "by"],
    ["compiled", "from", "reporting", "by"],
    ["compiled", "from", "reports", "by"],
    ["this", "report", "was", "prepared", "by"],
    ["this", "story", "was", "prepared", "by"],
  ],
  creditTails: [
    ["contributed", "to", "this", "report"],
    ["contributed", "to", "this", "story"],
    ["contributed", "reporting"],
  ],
};
