// Words of the side panel that depend on the data only (no DOM): what a cut list says, which names to mark.

export interface ListCounts {
  edges: number;
  mentions: number;
  quotes: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the server left out of a hub's lists, naming only the lists it cut; null when none was. */
export function listsCutNote(shown: ListCounts, totals: ListCounts | undefined): string | null {
  if (!totals) return null;
  const parts: string[] = [];
  if (totals.edges > shown.edges) parts.push(`the ${shown.edges} strongest of ${plural(totals.edges, "relation", "relations")}`);
  if (totals.mentions > shown.mentions) parts.push(`the first ${shown.mentions} of ${plural(totals.mentions, "mention", "mentions")}`);
  if (totals.quotes > shown.quotes) parts.push(`the first ${shown.quotes} of ${plural(totals.quotes, "quote", "quotes")}`);
  if (!parts.length) return null;
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  return `Showing ${list}.`;
}

/**
 * The names to mark in an evidence sentence: each end's label and the other names it goes by. Evidence says
 * "Trump said…" or "Hollande" far more often than the full label; a name of one letter or a pronoun-like epithet
 * ("The Ukrainian leader") is kept too, as it is what the article wrote.
 */
export function evidenceTerms(...names: readonly (readonly string[] | string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const n of names) {
    for (const name of typeof n === "string" ? [n] : (n ?? [])) {
      // Extraction sometimes keeps a stray full stop at an alias's edge (". Trump", "Donald Trump."): mark the name.
      const clean = name.replace(/^[\s.,;:]+|[\s.,;:]+$/g, "");
      if (clean) out.add(clean);
    }
  }
  return [...out];
}

export interface ArticleRow {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  /** Mentions of the node in it among those the panel holds. */
  mentions: number;
}

/** The articles a node is in, newest first (undated last, then by title), each with how often the node is named in
 * it; `limit` rows at most (a hub is in thousands). */
export function articleRows(
  ids: readonly string[],
  infos: Readonly<Record<string, { title: string | null; date: string | null; source: string | null } | undefined>>,
  mentions: readonly { article: string }[],
  limit = 50,
): { rows: ArticleRow[]; more: number } {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.article, (counts.get(m.article) ?? 0) + 1);
  const rows = [...new Set(ids)].map((id) => {
    const a = infos[id];
    return { id, title: a?.title ?? null, date: a?.date ?? null, source: a?.source ?? null, mentions: counts.get(id) ?? 0 };
  });
  rows.sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || (a.title ?? a.id).localeCompare(b.title ?? b.id));
  return { rows: rows.slice(0, limit), more: Math.max(0, rows.length - limit) };
}
