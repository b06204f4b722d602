// Article header: title, date and source from the first lines, and where the body starts.
import type { ArticleMeta, Span } from "./types.ts";
import { parseDate } from "./dates.ts";

export interface Header {
  article: ArticleMeta;
  /** The title line as it stands in the text, if any. */
  titleSpan: Span | null;
  /** Where the body (after title and metadata lines) starts. */
  bodyStart: number;
  /** Spans inside the body that are source credits or datelines, not prose. */
  creditSpans: Span[];
}

const META_LINE = /^\s*(date|published|updated|posted|source|by)\b[\s:]/i;
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
// "CITY, Month D (SOURCE) --" or "CITY, D Month YYYY (SOURCE) -": where a wire story's body begins.
const DATELINE = new RegExp(`([A-Z][A-Z .'-]{2,}),\\s+((?:${MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH}))(?:,?\\s*\\d{4})?\\s*(?:\\(([^()]{2,40})\\))?\\s*(?:--|—|–|-)`);
const OPENS_WITH_DATELINE = new RegExp(`^\\s*${DATELINE.source}`);
const MAX_TITLE = 300;

export function parseHeader(text: string): Header {
  let pos = 0;
  let date: string | null = null;
  let title: string | null = null;
  let titleSpan: Span | null = null;
  let source: string | null = null;
  // Look at up to 6 leading lines: metadata lines, then the title line.
  for (let i = 0; i < 6 && pos < text.length && !title; i++) {
    const nl = text.indexOf("\n", pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end);
    if (line.trim()) {
      if (META_LINE.test(line)) {
        date ??= parseDate(line);
        const by = /^\s*(?:source|by)\s*:?\s*(.+)$/i.exec(line);
        if (by && /^\s*source/i.test(line)) source = by[1].trim();
      } else if (line.trim().length <= MAX_TITLE && /\S/.test(text.slice(end)) && !/[.!?,]["”’]\s*$/.test(line) && !OPENS_WITH_DATELINE.test(line)) {
        const lead = line.length - line.trimStart().length;
        title = line.trim().replace(/\s+/g, " ");
        titleSpan = { start: pos + lead, end: pos + lead + line.trim().length };
      } else break;
    }
    pos = nl < 0 ? text.length : nl + 1;
  }
  if (!title) pos = 0;
  const bodyStart = pos;
  const head = text.slice(bodyStart, bodyStart + 600);
  const creditSpans: Span[] = [];
  // Aggregator wrapper "(AGGREGATOR- Source Name (ACR))" then dateline "CITY, Month D (ACR) --".
  const wrap = /^\s*\(([A-Z][A-Za-z]+)\s*-\s*([^()]+(?:\([^()]*\))?[^()]*)\)/.exec(head);
  if (wrap) {
    source ??= wrap[2].trim();
    creditSpans.push({ start: bodyStart + wrap.index, end: bodyStart + wrap.index + wrap[0].length });
  }
  const dateline = DATELINE.exec(head);
  if (dateline) {
    if (dateline[3]) source ??= dateline[3].trim();
    creditSpans.push({ start: bodyStart + dateline.index, end: bodyStart + dateline.index + dateline[0].length });
  }
  date ??= parseDate(text.slice(0, Math.min(text.length, bodyStart + 300)));
  return { article: { title, date, source }, titleSpan, bodyStart, creditSpans };
}
