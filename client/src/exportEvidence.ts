// The evidence a GEXF export of the view needs and neighbourhood answers leave out (they carry only its count).
import type { EvidenceSpan } from "./apiTypes.ts";
import type { ViewGraph } from "./graphModel.ts";

/** Edges per request: the ids travel in the URL (`GET /api/edges?id=…&id=…`), about 6 KB of it at this size. */
export const EVIDENCE_BATCH = 60;

/** Edges that came from a neighbourhood carry no evidence (only its count): fetches their evidence in batches, a few
 * requests at a time, into the view graph (in place: no attribute events, nothing to redraw). `fetchEvidence`
 * answers the evidence of the edges it found. Answers how many edges could not be fetched. */
export async function fetchMissingEvidence(
  graph: ViewGraph,
  fetchEvidence: (edges: string[]) => Promise<Map<string, EvidenceSpan[]>>,
  concurrency = 3,
  batch = EVIDENCE_BATCH,
): Promise<number> {
  const missing = graph.filterEdges((_k, a) => a.evidence.length === 0 && a.evidenceCount > 0);
  const batches: string[][] = [];
  for (let i = 0; i < missing.length; i += batch) batches.push(missing.slice(i, i + batch));
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < batches.length) {
      const keys = batches[next++];
      try {
        const found = await fetchEvidence(keys);
        for (const key of keys) {
          const evidence = found.get(key);
          if (!evidence) failed++;
          else if (graph.hasEdge(key)) graph.getEdgeAttributes(key).evidence = evidence;
        }
      } catch {
        failed += keys.length;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
  return failed;
}
