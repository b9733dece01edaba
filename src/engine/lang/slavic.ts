// Data shared by Russian and Ukrainian: case endings for comparing word forms, dashes, quotation marks.
import type { QuotePair } from "./types";

/** Longest first. Genitive-plural -ов/-ев is left out: it would cut the stem of Песков. */
export const EAST_SLAVIC_ENDINGS = (
  "ами ями ого его ому ему ими ыми ій ий ый ой ей ою ею ом ем ам ям ах ях ая яя ое ее ые ие ую юю " +
  "ої их ых им ым ім а я у ю е є и ы і ї о ь й"
).split(" ");

/** Genitive plural, for known nouns only (материалов → материал). */
export const NOUN_ENDINGS = ["ов", "ев", "ів"];

/** Past tenses, infinitives and reflexives ("подтвердило", "заявила", "вважається"). */
export const EAST_SLAVIC_VERB_ENDING = /(ло|ла|ли|ся|сь|ть|ться)$/;

/** Em dash, en dash and a spaced hyphen all open dialogue and postposed remarks. */
export const DASHES = "\u2014\u2013-";

/** Oblique-case adjective endings ("Верховної Ради"): such a word alone is not a surname. */
export const OBLIQUE_ADJECTIVES = "ого его ому ему ой ую ых ым ої ою ім".split(" ");

/** Outlets and bodies written alike in Russian and Ukrainian texts. */
export const SHARED_MEDIA = "Times Post Journal Guardian Politico Axios Telegraph Economist Spiegel Meduza Financial Reuters AFP AP Bloomberg BBC CNN Telegram ТАСС".split(" ");
export const SHARED_ORGANIZATIONS = "Кремль США НАТО ООН ЗСУ СБУ Пентагон Вашингтон Брюссель Москва Крим Рада".split(" ");

/** Quotation marks of Russian and Ukrainian text: « », „ “ (nested), “ ”, and straight quotes. */
export const SLAVIC_QUOTE_PAIRS: QuotePair[] = [
  { open: "\u00AB", close: "\u00BB" },
  { open: "\u201E", close: "\u201C" },
  { open: "\u201C", close: "\u201D" },
  { open: '"', close: '"' },
];
