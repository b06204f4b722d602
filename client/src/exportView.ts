// Exports: the view as a PNG (sigma's layers composed on white) and the view's graph as GEXF.
import { write as writeGexf } from "graphology-gexf/browser";
import type { Renderer } from "./renderer.ts";
import type { ViewEdge, ViewGraph, ViewNode } from "./graphModel.ts";

/** Composes sigma's canvases, in their stacking order, into one PNG. */
export function viewToPng(renderer: Renderer): Promise<Blob> {
  return new Promise((resolve, reject) => {
    // WebGL canvases are readable only in the task that drew them, so compose inside afterRender.
    renderer.once("afterRender", () => {
      try {
        const { width, height } = renderer.getDimensions();
        const layers = [...renderer.getContainer().querySelectorAll("canvas")].filter((c) => !c.classList.contains("sigma-mouse"));
        const ratio = layers[0] ? layers[0].width / Math.max(1, width) : 1;
        const out = document.createElement("canvas");
        out.width = Math.round(width * ratio);
        out.height = Math.round(height * ratio);
        const ctx = out.getContext("2d");
        if (!ctx) throw new Error("No 2D canvas context");
        ctx.fillStyle = "#ffffff";
        ctx.fillRect(0, 0, out.width, out.height);
        for (const layer of layers) ctx.drawImage(layer, 0, 0, out.width, out.height);
        out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("The PNG could not be encoded"))), "image/png");
      } catch (err) {
        reject(err);
      }
    });
    renderer.refresh();
  });
}

/** The graph as GEXF 1.3, with positions, colours, sizes and each relation's first evidence sentence. */
export function graphToGexf(graph: ViewGraph): string {
  return writeGexf<ViewNode, ViewEdge>(graph as never, {
    version: "1.3",
    formatNode: (_key, a) => ({
      label: a.label,
      viz: { color: a.color, size: a.size, x: a.x, y: a.y },
      attributes: { kind: a.kind, aliases: a.aliases.join("; "), mentionCount: a.mentionCount, articleCount: a.articleCount, articles: a.articles.join(" ") },
    }),
    formatEdge: (_key, a) => ({
      label: a.label,
      weight: a.confidence,
      viz: { color: a.color, thickness: a.size },
      attributes: {
        relation: a.relation,
        polarity: a.polarity ?? "",
        act: a.act ?? "",
        title: a.title ?? "",
        confidence: a.confidence,
        evidenceCount: a.evidenceCount,
        evidence: a.evidence[0]?.text ?? "",
        articleCount: a.articleCount,
        articles: a.articles.join(" "),
        dates: (a.dates ?? []).join(" "),
      },
    }),
  });
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
