// XML text escaping shared by the XML formats; characters XML 1.0 cannot carry are dropped.
export function xmlEscape(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

// GEXF's escaping is xml-writer's (what graphology-gexf wrote it with): kept as it was, so that a streamed GEXF file
// is the same bytes as before.
const ATTRIBUTE_SPECIAL = /[&<"\t\n\r]/g;
const ATTRIBUTE_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", '"': "&quot;", "\t": "&#x9;", "\n": "&#xA;", "\r": "&#xD;" };

/** An attribute value as xml-writer escapes it. */
export function xmlAttribute(s: string): string {
  return s.replace(ATTRIBUTE_SPECIAL, (c) => ATTRIBUTE_ESCAPES[c]);
}

/** Element text as xml-writer escapes it. */
export function xmlText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
