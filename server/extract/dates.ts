// Resolves relative day names ("on Wednesday") against the article's date.
const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** ISO date of the named weekday nearest the article date (within three days either side), or null. */
export function resolveWeekday(articleDate: string | null, dayName: string): string | null {
  if (!articleDate || !/^\d{4}-\d{2}-\d{2}$/.test(articleDate)) return null;
  const target = DAYS.indexOf(dayName.toLowerCase());
  if (target < 0) return null;
  const base = new Date(`${articleDate}T12:00:00Z`);
  if (Number.isNaN(base.getTime())) return null;
  let diff = target - base.getUTCDay();
  if (diff > 3) diff -= 7;
  if (diff < -3) diff += 7;
  return new Date(base.getTime() + diff * 86_400_000).toISOString().slice(0, 10);
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** Parses "2025-06-04", "June 4, 2025", "4 June 2025" and "Sept. 12, 2016" into ISO form, or null. */
export function parseDate(s: string): string | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(s);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const mdy = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/i.exec(s);
  const dmy = /\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+(\d{4})\b/i.exec(s);
  const pick = mdy ? { m: mdy[1], d: mdy[2], y: mdy[3] } : dmy ? { m: dmy[2], d: dmy[1], y: dmy[3] } : null;
  if (!pick) return null;
  const month = MONTHS.findIndex((m) => m.startsWith(pick.m.toLowerCase())) + 1;
  return `${pick.y}-${String(month).padStart(2, "0")}-${pick.d.padStart(2, "0")}`;
}
