// Text in, typed name spans out: tokenize, split sentences, compute features per sentence, decode, and map
// BIO runs back to character offsets.
import { documentCasing, sentenceFeatures, type FeatureContext } from "./features.ts";
import { decodeGreedy } from "./decode.ts";
import { documentFeatures } from "./docfeatures.ts";
import { normalizeToken } from "./normalize.ts";
import { mergeAdjacent, trimHonorifics, trimPunctuation } from "./postprocess.ts";
import type { Gazetteer } from "./gazetteer.ts";
import { TAGS, type EntityType } from "./tags.ts";
import { sentences, tokenize, type Token } from "./tokenize.ts";
import type { WeightSource } from "./weights.ts";

export interface NameSpan {
  start: number;
  end: number;
  type: EntityType;
}

export interface TaggerParts {
  // First stage, then optionally a second stage that also sees the first one's tags over the document.
  stages: WeightSource[];
  gazetteer: Gazetteer;
  lexicon: Map<string, string>;
}

export function recognizeWith(parts: TaggerParts, text: string): NameSpan[] {
  const tokens = tokenize(text);
  const ranges = sentences(text, tokens);
  const words = ranges.map(([a, b]) => tokens.slice(a, b).map((t) => normalizeToken(t.text)));
  const ctx: FeatureContext = { gazetteer: parts.gazetteer, lexicon: parts.lexicon, casing: documentCasing(words) };
  const feats = words.map((ws) => sentenceFeatures(ws, ctx));
  let tags = feats.map((f) => decodeGreedy(f, parts.stages[0]));
  for (let k = 1; k < parts.stages.length; k++) {
    const extra = documentFeatures(words, feats.map((f) => f.short), tags);
    const stage = parts.stages[k];
    tags = feats.map((f, si) => decodeGreedy({ ...f, extra: extra[si] }, stage));
  }
  const out: NameSpan[] = [];
  ranges.forEach(([a, b], si) => spansOf(tokens, a, b, tags[si], out));
  return trimHonorifics(text, trimPunctuation(text, mergeAdjacent(text, out)));
}

function spansOf(tokens: Token[], from: number, to: number, tags: Uint8Array, out: NameSpan[]): void {
  let open: NameSpan | null = null;
  for (let i = from; i < to; i++) {
    const tag = TAGS[tags[i - from]];
    if (tag.startsWith("I-") && open) {
      open.end = tokens[i].end;
      continue;
    }
    if (open) out.push(open);
    open = tag === "O" ? null : { start: tokens[i].start, end: tokens[i].end, type: tag.slice(2) as EntityType };
  }
  if (open) out.push(open);
}
