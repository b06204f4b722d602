// Named-entity tagger: recognizeNames(text) -> typed name spans with UTF-16 offsets into text.
// The model (model.json beside this file) is loaded once, on first use.
import { fileURLToPath } from "node:url";
import { readModel, type LoadedModel } from "./model.ts";
import { recognizeWith, type NameSpan } from "./tagger.ts";

export type { NameSpan } from "./tagger.ts";
export type { EntityType } from "./tags.ts";

export const MODEL_PATH = fileURLToPath(new URL("./model.json", import.meta.url));

let model: LoadedModel | null = null;

export function loadNerModel(path: string = MODEL_PATH): LoadedModel {
  model = readModel(path);
  return model;
}

export function recognizeNames(text: string): NameSpan[] {
  if (!text) return [];
  model ??= readModel(MODEL_PATH);
  return recognizeWith(model, text);
}
