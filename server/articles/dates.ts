// Publication dates as the store keeps them: the day, YYYY-MM-DD.

/** The day of a date string: an ISO date's own day as written (its time zone's, not UTC's), else whatever
 * Date.parse reads (RFC 822 dates in feeds), in UTC; null when it names no real day. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  const day = iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
  if (day) return new Date(`${day}T00:00:00Z`).toISOString().startsWith(day) ? day : null;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  const year = new Date(t).getUTCFullYear();
  return year >= 1900 && year <= 2200 ? new Date(t).toISOString().slice(0, 10) : null;
}
