// A Cypher script for Neo4j (cypher-shell -f): a uniqueness constraint, one MERGE per node, one MERGE per edge.
// Labels and relationship types come from the closed vocabularies; every string goes through cypherString.
import type { KnowledgeGraph } from "../graph/types.ts";
import { LayoutSnapshot } from "./positions.ts";
import { ChunkBuffer, type Chunks } from "./chunks.ts";

const KIND_LABELS: Record<string, string> = {
  person: "Person",
  organization: "Organization",
  country: "Country",
  location: "Location",
  event: "Event",
  topic: "Topic",
};

/** A single-quoted Cypher string literal: backslash, quote and control characters escaped. */
export function cypherString(s: string): string {
  let out = "'";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === "\\") out += "\\\\";
    else if (ch === "'") out += "\\'";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\b") out += "\\b";
    else if (ch === "\f") out += "\\f";
    // Other control characters and the Unicode line separators: a \uXXXX escape keeps each statement on one line.
    else if (c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return out + "'";
}

const cypherNumber = (n: number) => (Number.isFinite(n) ? String(n) : "null");
const cypherList = (xs: readonly string[]) => `[${xs.map(cypherString).join(", ")}]`;
const cypherNumbers = (xs: readonly number[]) => `[${xs.map(cypherNumber).join(", ")}]`;

/** A relationship type: the relation type upper-cased, back-quoted if it is not a plain identifier. */
export function relationshipType(type: string): string {
  const t = type.toUpperCase();
  return /^[A-Z_][A-Z0-9_]*$/.test(t) ? t : `\`${t.replace(/`/g, "``")}\``;
}

/** The script a statement (one line) at a time; positions as of the call. */
export function* cypherChunks(graph: KnowledgeGraph, layout = new LayoutSnapshot(graph)): Chunks {
  const buf = new ChunkBuffer();
  buf.add(
    `// Stancegraph export: ${graph.order} nodes, ${graph.size} edges. Load with: cypher-shell -f FILE\n` +
      `CREATE CONSTRAINT stancegraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n`,
  );
  for (const { node: id, attributes: a } of layout.nodes(graph)) {
    const label = KIND_LABELS[a.kind] ? `:${KIND_LABELS[a.kind]}` : "";
    const full = buf.add(
      `MERGE (n:Entity {id: ${cypherString(id)}}) SET n${label}, n.kind = ${cypherString(a.kind)}, n.label = ${cypherString(a.label)}, ` +
        `n.aliases = ${cypherList(a.aliases)}, n.mentionCount = ${cypherNumber(a.mentionCount)}, n.articles = ${cypherList(a.articles)}, ` +
        `n.x = ${cypherNumber(a.x)}, n.y = ${cypherNumber(a.y)};\n`,
    );
    if (full) yield full;
  }
  for (const { edge: key, attributes: a, source, target } of graph.edgeEntries()) {
    const props = [
      `r.type = ${cypherString(a.type)}`,
      ...(a.polarity ? [`r.polarity = ${cypherString(a.polarity)}`] : []),
      ...(a.title ? [`r.title = ${cypherString(a.title)}`] : []),
      ...(a.act ? [`r.act = ${cypherString(a.act)}`] : []),
      `r.confidence = ${cypherNumber(a.confidence)}`,
      `r.articles = ${cypherList(a.articles)}`,
      // Neo4j properties cannot hold maps: the evidence is parallel lists.
      `r.evidence = ${cypherList(a.evidence.map((e) => e.text))}`,
      `r.evidenceArticles = ${cypherList(a.evidence.map((e) => e.article))}`,
      `r.evidenceStarts = ${cypherNumbers(a.evidence.map((e) => e.start))}`,
      `r.evidenceEnds = ${cypherNumbers(a.evidence.map((e) => e.end))}`,
    ];
    const full = buf.add(
      `MATCH (a:Entity {id: ${cypherString(source)}}), (b:Entity {id: ${cypherString(target)}}) ` +
        `MERGE (a)-[r:${relationshipType(a.type)} {id: ${cypherString(key)}}]->(b) SET ${props.join(", ")};\n`,
    );
    if (full) yield full;
  }
  yield buf.take();
}
