// The evidence a GEXF export of the view needs and neighbourhood answers leave out (they carry only its count).
import type { EvidenceSpan } from "./apiTypes.ts";
import type { ViewGraph } from "./graphModel.ts";

/** Edges that came from a neighbourhood carry no evidence (only its count): fetches each one's evidence, a few
 * requests at a time, into the view graph (in place: no attribute events, nothing to redraw). Answers how many
 * edges could not be fetched. */
export async function fetchMissingEvidence(graph: ViewGraph, fetchEvidence: (edge: string) => Promise<EvidenceSpan[]>, concurrency = 6): Promise<number> {
  const missing = graph.filterEdges((_k, a) => a.evidence.length === 0 && a.evidenceCount > 0);
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < missing.length) {
      const key = missing[next++];
      try {
        const evidence = await fetchEvidence(key);
        if (graph.hasEdge(key)) graph.getEdgeAttributes(key).evidence = evidence;
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, missing.length) }, worker));
  return failed;
}
