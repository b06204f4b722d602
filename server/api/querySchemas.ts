// Query-parameter validation with zod: each field knows its zod schema and its OpenAPI description, so the
// routes and /api/openapi.json cannot drift apart. Any failure is a 400 naming the parameter.
import { z } from "zod";
import { badRequest } from "./errors.ts";
import { dateNumber } from "../graph/queryIndex.ts";
import { ENTITY_KINDS, POLARITIES, RELATION_TYPES } from "../extract/kinds.ts";

export interface ParamDoc {
  name: string;
  in: "query";
  required: boolean;
  description: string;
  schema: Record<string, unknown>;
  /** For repeated parameters: `?id=a&id=b` (form, exploded). */
  style?: "form";
  explode?: boolean;
}

interface Field<T> {
  zod: z.ZodType<T>;
  doc: Omit<ParamDoc, "name" | "in">;
}

const once = (name: string) => ({ error: `${name} must be given once, as text` });
// An empty value ("?kind=") means the parameter is not given.
const blankToUndefined = (v: unknown) => (v === "" ? undefined : v);

export function intField(name: string, min: number, max: number, fallback: number, description: string): Field<number> {
  const msg = `${name} must be an integer from ${min} to ${max}`;
  const zod = z
    .preprocess(blankToUndefined, z.string(once(name)).regex(/^-?\d+$/, msg).optional())
    .transform((v) => (v === undefined ? fallback : Number(v)))
    .pipe(z.number().int().min(min, msg).max(max, msg));
  return { zod, doc: { required: false, description, schema: { type: "integer", minimum: min, maximum: max, default: fallback } } };
}

export function textField(name: string, description: string, opts: { required?: boolean; maxLength?: number } = {}): Field<string | undefined> {
  const maxLength = opts.maxLength ?? 200;
  const base = z.string(once(name)).max(maxLength, `${name} is longer than ${maxLength} characters`);
  const zod = opts.required
    ? z.preprocess(blankToUndefined, z.string({ error: (i) => (i.input === undefined ? `${name} is required` : once(name).error) }).pipe(base))
    : z.preprocess(blankToUndefined, base.optional());
  return { zod, doc: { required: !!opts.required, description, schema: { type: "string", maxLength } } };
}

export function enumField<T extends string>(name: string, values: readonly T[], fallback: T | undefined, description: string): Field<T | undefined> {
  const zod = z.preprocess(
    blankToUndefined,
    z
      .enum(values as [T, ...T[]], { error: `${name} must be one of ${values.join(", ")}` })
      .optional()
      .transform((v) => v ?? fallback),
  );
  return { zod, doc: { required: false, description, schema: { type: "string", enum: [...values], ...(fallback ? { default: fallback } : {}) } } };
}

/** A parameter given once or repeated (`?id=a&id=b`), each value text: ids that may hold any character but "&". */
export function repeatedField(name: string, maxItems: number, description: string): Field<string[]> {
  const item = z.string({ error: `${name} must be text` }).min(1, `${name} must not be empty`).max(400, `${name} is longer than 400 characters`);
  const zod = z.preprocess(
    (v) => (v === undefined ? [] : typeof v === "string" ? [v] : v),
    z.array(item, { error: `${name} must be text` }).min(1, `${name} is required`).max(maxItems, `at most ${maxItems} ${name} values`),
  );
  return { zod, doc: { required: true, description, schema: { type: "array", items: { type: "string" }, maxItems }, style: "form", explode: true } };
}

/** A comma-separated list of values from a closed vocabulary; absent or empty means no filter. */
export function listField<T extends string>(name: string, values: readonly T[], description: string): Field<T[] | undefined> {
  const msg = `${name} must be a comma-separated list of: ${values.join(", ")}`;
  const zod = z.preprocess(
    blankToUndefined,
    z
      .string(once(name))
      .max(1000, msg)
      .transform((s) => [...new Set(s.split(",").map((x) => x.trim()).filter(Boolean))])
      .pipe(z.array(z.enum(values as [T, ...T[]], { error: msg })))
      .optional(),
  );
  return { zod, doc: { required: false, description, schema: { type: "string", pattern: `^(${values.join("|")})(,(${values.join("|")}))*$` } } };
}

/** A calendar date YYYY-MM-DD, answered as the number yyyymmdd. */
export function dateField(name: string, description: string): Field<number | undefined> {
  const msg = `${name} must be a date as YYYY-MM-DD`;
  const zod = z.preprocess(
    blankToUndefined,
    z
      .string(once(name))
      .regex(/^\d{4}-\d{2}-\d{2}$/, msg)
      .refine((s) => {
        const d = new Date(`${s}T00:00:00Z`);
        return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
      }, msg)
      .transform((s) => dateNumber(s)!)
      .optional(),
  );
  return { zod, doc: { required: false, description, schema: { type: "string", format: "date" } } };
}

type Fields = Record<string, Field<unknown>>;
type Parsed<F extends Fields> = { [K in keyof F]: F[K] extends Field<infer T> ? T : never };

export interface QuerySchema<F extends Fields> {
  parse(query: unknown): Parsed<F>;
  docs: ParamDoc[];
}

export function defineQuery<F extends Fields>(fields: F): QuerySchema<F> {
  const shape = Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.zod]));
  const schema = z.object(shape);
  return {
    parse(query) {
      const r = schema.safeParse(query ?? {});
      if (r.success) return r.data as Parsed<F>;
      const issue = r.error.issues[0];
      const field = issue.path.length ? String(issue.path[0]) : undefined;
      throw badRequest(issue.message, field);
    },
    docs: Object.entries(fields).map(([name, f]) => ({ name, in: "query", ...f.doc })),
  };
}

// The route's query shapes, shared by the routes and the OpenAPI document.
export const searchQuery = defineQuery({
  q: textField("q", "Text to find in names and aliases: case-, accent- and punctuation-insensitive; whole name, prefix, word prefix, then substring."),
  kind: listField("kind", ENTITY_KINDS, "Only nodes of these kinds (comma-separated)."),
  limit: intField("limit", 1, 100, 20, "Most results to answer."),
});

export const neighborsQuery = defineQuery({
  depth: intField("depth", 1, 3, 1, "Hops from the node, either direction."),
  kind: listField("kind", ENTITY_KINDS, "Only neighbours of these kinds (comma-separated); the centre is always kept."),
  type: listField("type", RELATION_TYPES, "Only edges of these relation types (comma-separated)."),
  polarity: listField("polarity", POLARITIES, "Only edges with one of these stance polarities (comma-separated): edges without a polarity are left out."),
  from: dateField("from", "Only edges with an evidence article dated on or after this day."),
  to: dateField("to", "Only edges with an evidence article dated on or before this day."),
  limit: intField("limit", 1, 5000, 500, "Most nodes to answer; past it, nearer rings first and then the strongest ties (evidence count), with truncated: true."),
  edgeLimit: intField(
    "edgeLimit",
    1,
    50000,
    1000,
    "Most edges to answer; past it, the tie that brought each node in, then the strongest other edges, with truncated: true.",
  ),
});

export const nodeQuery = defineQuery({
  limit: intField(
    "limit",
    1,
    5000,
    200,
    "Most edges, mentions and quotes to answer, each: past it, the strongest edges (evidence count) and the first mentions and quotes in article order, with truncated: true and the full counts in totals.",
  ),
});

export const pathsQuery = defineQuery({
  from: textField("from", "Id of the node to start from.", { required: true }),
  to: textField("to", "Id of the node to reach.", { required: true }),
  maxLength: intField("maxLength", 1, 8, 4, "Longest path (in edges) to look for."),
  limit: intField("limit", 1, 10, 10, "Most shortest paths to answer."),
});

export const stancesQuery = defineQuery({
  holder: textField("holder", "Id of the node that holds the stance."),
  target: textField("target", "Id of the node the stance is about."),
  polarity: listField("polarity", POLARITIES, "Only these polarities (comma-separated)."),
  limit: intField("limit", 1, 1000, 100, "Most stances to answer (strongest first)."),
});

export const EXPORT_FORMATS = ["gexf", "graphml", "json", "csv", "cypher"] as const;
export const exportQuery = defineQuery({
  format: enumField("format", EXPORT_FORMATS, "json", "File format."),
  table: enumField("table", ["nodes", "edges"] as const, "nodes", "For csv only: which table to answer (nodes or edges)."),
  node: textField("node", "Export only this node's neighbourhood instead of the whole graph."),
  depth: intField("depth", 1, 3, 1, "Hops around `node` (ignored without it)."),
});

export const edgesQuery = defineQuery({
  id: repeatedField("id", 200, "Edge ids, the parameter repeated (`?id=a&id=b`): the edges to answer, each with all its evidence."),
});

export const emptyQuery = defineQuery({});

export const overviewQuery = defineQuery({
  limit: intField("limit", 1, 10000, 1000, "Most nodes to answer: the best-connected (degree) first; past it, truncated: true."),
  edgeLimit: intField("edgeLimit", 1, 50000, 5000, "Most edges among those nodes to answer; past it, the strongest (evidence count), with truncated: true."),
  kind: listField("kind", ENTITY_KINDS, "Only nodes of these kinds (comma-separated)."),
});
