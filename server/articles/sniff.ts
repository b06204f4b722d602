// What a body is when nothing says (a pasted page, a file without a telling name): HTML or a feed. No dependencies:
// the explorer uses it too, to send a pasted page as a page.

/** Whether a body looks like an HTML document. */
export function looksLikeHtml(body: string): boolean {
  const head = body.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || /<(head|body|article|p|div)[\s>]/.test(head);
}

/** Whether a body looks like an RSS or Atom feed. */
export function looksLikeFeed(body: string): boolean {
  return /<(rss|feed|rdf:RDF)[\s>]/.test(body.slice(0, 4096));
}
