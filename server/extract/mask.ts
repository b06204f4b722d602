// Analysis copy of the input: markup blanked out with spaces so that offsets into it are offsets into the input.
const TAG = /<\/?[A-Za-z][^<>]{0,500}>|<!--[\s\S]{0,2000}?-->/g;
const ENTITY = /&(?:[a-z]{2,8}|#\d{1,6});/gi;

export function maskMarkup(text: string): string {
  if (!text.includes("<") && !text.includes("&")) return text;
  return text.replace(TAG, (m) => " ".repeat(m.length)).replace(ENTITY, (m) => (m === "&amp;" ? "&" + " ".repeat(4) : " ".repeat(m.length)));
}
