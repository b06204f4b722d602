// The articles API as "Add article" uses it: a text, a pasted page or a link, previewed (what the server finds in
// it, nothing stored) and then added.
import { request } from "./api.ts";
import type { IngestResponse } from "./apiTypes.ts";
import type { ArticlePreview } from "../../server/api/articlePreview.ts";
import type { FeedIngestResult } from "../../server/api/feedIngest.ts";

export type { ArticlePreview };

export interface ArticleBody {
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  date?: string;
  source?: string;
}

export type AddedArticle = IngestResponse & { duplicateOf?: string; similarity?: number };
export type AddedFeed = FeedIngestResult;

const post = <T>(path: string, body: ArticleBody, token?: string) =>
  request<T>(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

export const articlesApi = {
  preview: (body: ArticleBody, token?: string) => post<ArticlePreview>("/api/articles/preview", body, token),
  add: (body: ArticleBody, token?: string) => post<AddedArticle | AddedFeed>("/api/articles", body, token),
};

export const isFeedAnswer = (r: AddedArticle | AddedFeed): r is AddedFeed => "results" in r;
