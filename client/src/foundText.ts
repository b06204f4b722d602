// What a preview found, in words: "“Title”, Outlet, 2025-06-04 (3,200 characters)", or a feed's title and items.
import type { ArticlePreview } from "./articlesApi.ts";

export function foundText(p: ArticlePreview): string {
  if (p.kind === "feed" && p.feed) {
    const n = p.feed.items.length;
    return `A feed${p.feed.title ? `, “${p.feed.title}”` : ""}, with ${n} item${n === 1 ? "" : "s"}: adding takes each of them.`;
  }
  const a = p.article!;
  const parts = [a.title ? `“${a.title}”` : "No title", a.source ?? "no outlet named", a.date ?? "no date"];
  return `Found ${parts.join(", ")} (${a.length.toLocaleString("en")} characters of text).`;
}
