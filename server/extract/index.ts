// The extractor: article text in, the contract's Extraction out. Each stage is a pure function of what came before.
import type { Extraction } from "./types.ts";
import { parseHeader } from "./header.ts";
import { splitSentences } from "./sentences.ts";
import { MAX_PARSE_CHARS, parseDocument, tagDocument, tagSpan } from "./parse/index.ts";
import { sentencesWorthParsing } from "./parseView.ts";
import { tagIndex } from "./postags.ts";
import { detectMentions } from "./mentions.ts";
import { withTaggedNames } from "./nerMentions.ts";
import { withBodies } from "./bodies.ts";
import { resolveEntities } from "./resolve.ts";
import { detectEvents } from "./events.ts";
import { findQuoted } from "./quoted.ts";
import { resolveCoreference } from "./coref.ts";
import { extractQuotes } from "./quotes.ts";
import { extractRelations, dedupe } from "./relations.ts";
import { extractOffices } from "./offices.ts";
import { extractStances } from "./stances.ts";
import { extractJudgements } from "./judgements.ts";
import { authorQuotes } from "./author.ts";
import { extractParsedStances } from "./parsedStances.ts";
import { extractTopicStances } from "./topicStances.ts";
import { extractParticipation } from "./participation.ts";
import { extractRivalry } from "./rivalry.ts";
import { extractAttitudes } from "./attitudes.ts";
import { assemble } from "./assemble.ts";
import { maskMarkup } from "./mask.ts";

const MAX_TAGGER_CHARS = 200_000;

export function extract(input: string): Extraction {
  const text = maskMarkup(input);
  const header = parseHeader(text);
  const sentences = splitSentences(text, header.bodyStart);
  // Every sentence (and the headline) tagged the UD way; the parse below reuses the tags.
  const tagged = tagDocument(text, sentences, MAX_PARSE_CHARS);
  const tags = tagIndex(header.titleSpan ? [...tagged, tagSpan(text, header.titleSpan)] : tagged);
  const rules = detectMentions(text, sentences, tags);
  // The trained tagger's merge is not linear in the number of names: huge inputs keep the rule candidates.
  const named = text.length <= MAX_TAGGER_CHARS ? withTaggedNames(text, sentences, rules) : rules;
  const candidates = withBodies(text, sentences, named);
  const headline = header.titleSpan ? [{ ...header.titleSpan, sentence: -1 }] : [];
  const table = resolveEntities(text, candidates, headline);
  detectEvents(text, sentences, table, tags);
  const quoted = findQuoted(text, header.bodyStart);
  resolveCoreference(text, sentences, quoted, table);
  const offices = extractOffices(text, sentences, table);
  const quotes = extractQuotes(text, sentences, quoted, tags, table, header.titleSpan);
  // Dependency parse (UD tokens with offsets) of the sentences the relation and stance stages can read: those that
  // name an actor or carry someone's words. The rest can hold no stance or relation those stages find.
  // An op-ed's own prose is its author's words, for the stance stages only (the output keeps the text's quotes).
  const voices = authorQuotes(text, sentences, table, [...quoted, ...quotes.map((q) => q.content)]);
  const spoken = voices.length ? [...quotes, ...voices].sort((a, b) => a.content.start - b.content.start) : quotes;
  const worth = sentencesWorthParsing(sentences, table, spoken);
  const parse = parseDocument(text, sentences, MAX_PARSE_CHARS, (i) => worth[i] === 1, tagged);
  const relations = extractRelations(text, sentences, table, quoted, header.article.date);
  const stances = dedupe([...extractStances(text, sentences, table, quoted, quotes, tags, parse), ...extractJudgements(text, sentences, table, quotes, tags, parse), ...extractParsedStances(text, parse, sentences, table, quotes), ...extractTopicStances(text, parse, sentences, table, spoken), ...extractRivalry(text, sentences, table, quotes, tags, offices), ...extractAttitudes(text, sentences, table, quoted)]);
  return assemble(input, header.article, table, [...dedupe([...relations, ...offices, ...extractParticipation(text, parse, sentences, table)]), ...stances], quotes);
}

export type { Extraction } from "./types.ts";
