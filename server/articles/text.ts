// What counts as an article's text: not empty, and not binary.

/** Why this text cannot be an article, or null if it can. */
export function textProblem(text: string): string | null {
  if (text.trim() === "") return "The article text is empty";
  if (text.includes("\u0000")) return "The article text contains NUL bytes: it looks like binary data, not text";
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // C0/C1 control characters other than tab, line feed, carriage return and form feed, and U+FFFD, which is what
    // undecodable bytes become.
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c < 0xa0) || c === 0xfffd) control++;
  }
  if (control > 0.1 * text.length) return "The article text is mostly control characters or undecodable bytes: it looks like binary data, not text";
  return null;
}
