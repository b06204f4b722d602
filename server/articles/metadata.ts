// A page's own metadata, in order of trust: JSON-LD (a NewsArticle first, then any other article type), Open Graph
// and article: meta tags, the first <time datetime>, and <link rel=canonical> (for the URL). Each field is taken from
// the most trusted place that has it.
import { isoDay } from "./dates.ts";

export interface PageMeta {
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
}

type Json = Record<string, unknown>;

interface MetaDocument {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

const ARTICLE_TYPES = ["NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "Article", "BlogPosting", "Report"];

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);
const nameOf = (v: unknown): string | null => {
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === "object") return str((v as Json).name);
  return str(v);
};
const idOf = (v: unknown): string | null => (v && typeof v === "object" ? str((v as Json)["@id"]) ?? str((v as Json).url) : str(v));

/** Every object in a JSON-LD value: arrays and @graph flattened. */
function ldObjects(value: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(value)) for (const v of value) ldObjects(v, out);
  else if (value && typeof value === "object") {
    out.push(value as Json);
    if ((value as Json)["@graph"]) ldObjects((value as Json)["@graph"], out);
  }
  return out;
}

const typesOf = (o: Json): string[] => [o["@type"]].flat().filter((t): t is string => typeof t === "string");

/** The page's most trusted JSON-LD article: a NewsArticle (or kin) before a plain Article. */
function ldArticle(doc: MetaDocument): Json | null {
  const objects: Json[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      ldObjects(JSON.parse(scripts[i].textContent ?? ""), objects);
    } catch {
      // a broken JSON-LD block says nothing
    }
  }
  const rank = (o: Json) => Math.min(...typesOf(o).map((t) => (ARTICLE_TYPES.includes(t) ? ARTICLE_TYPES.indexOf(t) : 99)), 99);
  const best = objects.filter((o) => rank(o) < 99).sort((a, b) => rank(a) - rank(b))[0];
  return best ?? null;
}

function fromJsonLd(doc: MetaDocument): PageMeta {
  const a = ldArticle(doc);
  if (!a) return { title: null, date: null, source: null, url: null };
  return {
    title: str(a.headline) ?? str(a.name),
    date: isoDay(str(a.datePublished) ?? str(a.dateCreated)),
    source: nameOf(a.publisher) ?? nameOf(a.sourceOrganization),
    url: idOf(a.url) ?? idOf(a.mainEntityOfPage),
  };
}

function fromMetaTags(doc: MetaDocument): PageMeta {
  const meta = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = doc.querySelector(`meta[property="${k}"], meta[name="${k}"]`)?.getAttribute("content");
      if (str(v)) return str(v);
    }
    return null;
  };
  return {
    title: meta("og:title", "twitter:title"),
    date: isoDay(meta("article:published_time", "og:article:published_time", "date", "pubdate", "dc.date", "DC.date.issued")),
    source: meta("og:site_name", "application-name"),
    url: meta("og:url"),
  };
}

function fromElements(doc: MetaDocument): PageMeta {
  const time = doc.querySelector("time[datetime][pubdate], [itemprop=datePublished][datetime], time[datetime]")?.getAttribute("datetime");
  return {
    title: str(doc.querySelector("title")?.textContent),
    date: isoDay(str(time)),
    source: null,
    url: str(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")),
  };
}

/** The page's metadata; relative URLs resolved against `baseUrl` (the address it was fetched from). */
export function pageMetadata(doc: MetaDocument, baseUrl?: string | null): PageMeta {
  const layers = [fromJsonLd(doc), fromMetaTags(doc), fromElements(doc)];
  const pick = (k: keyof PageMeta) => layers.map((l) => l[k]).find((v) => v !== null) ?? null;
  return { title: pick("title"), date: pick("date"), source: pick("source"), url: absoluteHttpUrl(pick("url"), baseUrl) };
}

/** An http(s) URL resolved against a base; null for anything else. */
export function absoluteHttpUrl(href: string | null, baseUrl?: string | null): string | null {
  if (!href) return baseUrl ?? null;
  try {
    const u = new URL(href, baseUrl ?? undefined);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return baseUrl ?? null;
  }
}
