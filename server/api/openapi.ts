// The OpenAPI 3.1 document of every /api route. Response bodies are zod schemas (exported for the tests that check
// real answers against them) turned into JSON Schema; query parameters come from the routes' own zod schemas.
import { z } from "zod";
import { ENTITY_KINDS, POLARITIES, RELATION_TYPES } from "../extract/kinds.ts";
import { ARTICLE_PREVIEW } from "../graph/queryFragments.ts";
import { curationBody } from "./curationBody.ts";
import { edgesQuery, emptyQuery, exportQuery, neighborsQuery, nodeQuery, overviewQuery, pathsQuery, searchQuery, stancesQuery, type ParamDoc } from "./querySchemas.ts";

const Kind = z.enum(ENTITY_KINDS);
const RelType = z.enum(RELATION_TYPES);
const Polarity = z.enum(POLARITIES);

const IngestResult = z.object({
  article: z.object({ id: z.string(), title: z.string().nullable(), date: z.string().nullable(), source: z.string().nullable() }),
  added: z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) }),
  duplicate: z.boolean().describe("Nothing added: the same text or URL is stored, or a near-duplicate of it (not kept)"),
  duplicateOf: z.string().optional().describe("The stored article this one is a near-duplicate of"),
  similarity: z.number().min(0).max(1).optional().describe("Estimated shingle similarity (MinHash) to duplicateOf"),
});

export const schemas = {
  Error: z.object({ error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }) }),
  Evidence: z.object({ article: z.string(), start: z.number().int(), end: z.number().int(), text: z.string() }),
  ArticleSummary: z.object({ id: z.string(), title: z.string().nullable(), date: z.string().nullable(), source: z.string().nullable() }),
  NodeRef: z.object({ id: z.string(), kind: Kind, label: z.string() }),
};

const Span = z.object({ start: z.number().int(), end: z.number().int() });
const Quote = z
  .object({
    article: z.string(),
    text: z.string().describe("The quoted or reported words, exactly as in the article"),
    start: z.number().int(),
    end: z.number().int(),
    direct: z.boolean().describe("Inside quotation marks; false for reported speech"),
    cue: Span.extend({ text: z.string() }).describe("The speech verb"),
    sentence: schemas.Evidence.describe("The sentence(s) holding the words"),
  })
  .describe("Words a node said, with where they are in the article");

const EdgeAttributes = z.object({
  type: RelType,
  polarity: Polarity.optional(),
  title: z.string().optional(),
  act: z.string().optional(),
  confidence: z.number(),
  evidence: z.array(schemas.Evidence),
  articles: z.array(z.string()),
});

const SerializedNode = z.object({
  key: z.string(),
  attributes: z.looseObject({ kind: Kind, label: z.string(), aliases: z.array(z.string()), mentionCount: z.number().int(), articles: z.array(z.string()), x: z.number(), y: z.number(), size: z.number() }),
});
const SerializedEdge = z.object({ key: z.string(), source: z.string(), target: z.string(), attributes: EdgeAttributes });
// A neighbourhood is lean (a map of who is tied to whom): counts in place of the evidence and article lists, the
// days of an edge's articles for the date filter, a node's first article ids. Strict, so the test sees any drift.
const NeighborNode = z.object({
  key: z.string(),
  attributes: z.strictObject({
    kind: Kind,
    label: z.string(),
    aliases: z.array(z.string()),
    mentionCount: z.number().int(),
    articleCount: z.number().int().describe("How many articles mention it"),
    articles: z.array(z.string()).max(ARTICLE_PREVIEW).describe(`The first ${ARTICLE_PREVIEW} of its article ids (sorted); GET /api/nodes/{id} has them all`),
    x: z.number(),
    y: z.number(),
    size: z.number(),
  }),
});
const NeighborEdge = z.object({
  key: z.string(),
  source: z.string(),
  target: z.string(),
  attributes: z.strictObject({
    type: RelType,
    polarity: Polarity.optional(),
    title: z.string().optional(),
    act: z.string().optional(),
    confidence: z.number(),
    evidenceCount: z.number().int().describe("How many evidence items it has; GET /api/edges/{id} has them"),
    articleCount: z.number().int().describe("How many articles support it"),
    dates: z
      .array(z.string().regex(/^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/))
      .describe('The days of its dated articles, sorted, each run of consecutive days as one "first/last" interval'),
  }),
});
const SerializedGraph = z.looseObject({ nodes: z.array(SerializedNode), edges: z.array(SerializedEdge) });
const WholeGraph = SerializedGraph.extend({
  articles: z.record(z.string(), z.string().nullable()).describe("Every article's date (null when unknown), by article id"),
  resolved: z.record(z.string(), z.string()).describe("Entity ids that resolved into another node (a later article gave a fuller name): old id -> node id"),
});

const Curated = z.array(z.number().int()).describe("The ids of the curations (corrections by hand) that shaped it, in the order applied; empty when none did");
const EdgeView = EdgeAttributes.extend({ id: z.string(), source: z.string(), target: z.string(), sourceLabel: z.string(), targetLabel: z.string(), curated: Curated });
const CuratedNode = z.object({ id: z.string(), name: z.string().describe("Its label, normalised: later nodes of that name are matched too"), kind: Kind, label: z.string() });
const CuratedEdge = z.object({ source: z.string(), target: z.string(), type: RelType, act: z.string().nullable(), polarity: Polarity.nullable(), label: z.string() });
const Curation = z
  .object({
    id: z.number().int(),
    op: z.enum(["merge", "split", "rename", "retype", "reject", "repolarize"]),
    node: CuratedNode.optional().describe("The node it applies to, as it was named when the curation was made"),
    into: CuratedNode.optional(),
    name: z.string().optional(),
    article: z.string().optional(),
    label: z.string().optional(),
    kind: Kind.optional(),
    edge: CuratedEdge.optional().describe("The edge it applies to: its ends, type, act and polarity when the curation was made"),
    polarity: Polarity.optional(),
    note: z.string().nullable(),
    createdAt: z.string(),
    idle: z.boolean().describe("True when it matches nothing in the graph now (kept, and applied again on every rebuild)"),
    summary: z.string().describe("What it changes now, in a sentence"),
    changes: z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) }).describe("The nodes and edges it shapes (or removed) in the graph now"),
  })
  .describe("A correction by hand, applied on every rebuild after entity resolution");
const Articles = z.record(z.string(), schemas.ArticleSummary);
const SearchHit = z.object({ id: z.string(), kind: Kind, label: z.string(), aliases: z.array(z.string()), mentionCount: z.number().int(), score: z.number() });

export const responses = {
  graph: WholeGraph,
  search: z.object({ query: z.string(), results: z.array(SearchHit) }),
  node: z.object({
    node: z.object({ id: z.string(), kind: Kind, label: z.string(), aliases: z.array(z.string()), mentionCount: z.number().int(), articles: z.array(z.string()), curated: Curated }),
    mentions: z.array(z.looseObject({ article: z.string(), start: z.number().int(), end: z.number().int(), form: z.string(), sentence: schemas.Evidence })),
    edges: z.array(EdgeView),
    quotes: z.array(Quote).describe("The quotes whose speaker is this node, in article order"),
    articles: Articles,
    totals: z.object({ edges: z.number().int(), mentions: z.number().int(), quotes: z.number().int() }).describe("How many there are in all"),
    truncated: z.boolean().describe("Whether a list stopped at `limit`"),
  }),
  neighbors: z.object({
    center: z.string(),
    depth: z.number().int(),
    truncated: z.boolean(),
    graph: z.object({ nodes: z.array(NeighborNode), edges: z.array(NeighborEdge) }),
  }),
  overview: z.object({
    truncated: z.boolean().describe("Whether nodes of the asked kinds, or edges among the answered nodes, were left out"),
    totals: z.object({ nodes: z.number().int(), edges: z.number().int() }).describe("The whole graph's counts"),
    graph: z.object({ nodes: z.array(NeighborNode), edges: z.array(NeighborEdge) }),
  }),
  paths: z.object({
    from: z.string(),
    to: z.string(),
    maxLength: z.number().int(),
    length: z.number().int().nullable(),
    paths: z.array(z.object({ nodes: z.array(z.string()), edges: z.array(EdgeView) })),
    nodes: z.record(z.string(), z.object({ kind: Kind, label: z.string() })),
    articles: Articles,
  }),
  stances: z.object({
    total: z.number().int(),
    truncated: z.boolean(),
    stances: z.array(
      z.object({
        id: z.string(),
        holder: schemas.NodeRef,
        target: schemas.NodeRef,
        polarity: Polarity,
        act: z.string().nullable(),
        confidence: z.number(),
        evidence: z.array(schemas.Evidence),
        quotes: z.array(Quote).describe("The holder's quotes that overlap the evidence"),
      }),
    ),
    articles: Articles,
  }),
  edge: z.object({ edge: EdgeView, articles: Articles }),
  edges: z.object({ edges: z.array(EdgeView), missing: z.array(z.string()).describe("Asked ids that name no edge"), articles: Articles }),
  stats: z.object({
    nodes: z.number().int(),
    edges: z.number().int(),
    articles: z.number().int(),
    nodesByKind: z.record(z.string(), z.number().int()),
    edgesByType: z.record(z.string(), z.number().int()),
    stancesByPolarity: z.record(z.string(), z.number().int()),
  }),
  articleList: z.object({
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    articles: z.array(
      z.looseObject({
        id: z.string(),
        title: z.string().nullable(),
        date: z.string().nullable(),
        source: z.string().nullable(),
        url: z.string().nullable(),
        duplicateOf: z.string().nullable().describe("A near-duplicate kept on purpose (keepNearDuplicates): the article it is a near-duplicate of"),
        similarity: z.number().nullable(),
      }),
    ),
  }),
  article: z.object({ article: z.looseObject({ id: z.string(), text: z.string() }) }),
  ingest: IngestResult,
  feedIngest: z.object({
    feed: z.object({ title: z.string().nullable(), url: z.string().nullable(), items: z.number().int().describe("Items in the feed (at most 100 are read)") }),
    results: z.array(
      z.union([IngestResult.extend({ origin: z.string().describe("The item's link, or its id") }), z.object({ origin: z.string(), error: z.object({ code: z.string(), message: z.string() }) })]),
    ),
  }),
  preview: z.object({
    kind: z.enum(["article", "feed"]),
    article: z
      .object({ title: z.string().nullable(), date: z.string().nullable(), source: z.string().nullable(), url: z.string().nullable(), excerpt: z.string().describe("The text's first 400 characters"), length: z.number().int() })
      .optional(),
    feed: z.object({ title: z.string().nullable(), url: z.string().nullable(), items: z.array(z.object({ title: z.string().nullable(), date: z.string().nullable(), url: z.string().nullable() })) }).optional(),
  }),
  removed: z.object({ id: z.string(), removed: z.object({ nodes: z.array(z.string()), edges: z.array(z.string()) }) }),
  curations: z.object({ curations: z.array(Curation).describe("Newest first") }),
  curation: z.object({ curation: Curation }),
  curationCreated: z.object({ id: z.number().int(), curation: Curation }),
  curationRemoved: z.object({ id: z.number().int(), removed: Curation.describe("The curation undone, with what it changed until now") }),
};

const articleInput = z
  .object({
    text: z.string().optional().describe("The article's text"),
    html: z.string().optional().describe("A web page, pasted: its main text and metadata are read from it"),
    title: z.string().max(1000).nullish(),
    date: z.string().describe("ISO date such as 2025-06-04").nullish(),
    source: z.string().max(1000).nullish(),
    url: z.string().max(2000).describe("http(s) URL: the article's address beside text or html; alone, a page or a feed to fetch").nullish(),
    keepNearDuplicates: z.boolean().optional().describe("Store a near-duplicate (and put it in the graph) rather than only report it"),
  })
  .describe("One of text, html, or url alone; title, date, source and url win over what a page says");

const feedBody = { schema: { type: "string", description: "An RSS or Atom feed: each item an article" } };
const articleBodies = {
  "text/plain": { schema: { type: "string" } },
  "text/html": { schema: { type: "string", description: "A web page" } },
  "application/rss+xml": feedBody,
  "application/atom+xml": feedBody,
};

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "any" }) as Record<string, unknown>;
const content = (schema: z.ZodType) => ({ "application/json": { schema: json(schema) } });
const ok = (description: string, schema: z.ZodType) => ({ description, content: content(schema) });
const errorResponse = (description: string) => ({ description, content: content(schemas.Error) });
const idParam = (description: string) => ({ name: "id", in: "path", required: true, description, schema: { type: "string" } });

interface Operation {
  summary: string;
  parameters?: (ParamDoc | ReturnType<typeof idParam>)[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
  security?: unknown[];
}

const bad = errorResponse("A query parameter is invalid; error.field names it.");
const missing = errorResponse("No such node, edge or article.");
const movedNode = {
  description: "The id names an entity that resolved into another node (a later article gave a fuller name); Location is that node's URL.",
  headers: { Location: { schema: { type: "string" } } },
};
const writeSecurity = [{ bearer: [] }, {}];
/** DELETE of the thing an id names: behind the token, 404 when there is none. */
const deletion = (summary: string, id: string, done: unknown): Operation => ({
  summary,
  security: writeSecurity,
  parameters: [idParam(id)],
  responses: { 200: done, 401: errorResponse("A token is configured and the request does not carry it."), 404: missing },
});

export function openapiDocument() {
  const paths: Record<string, Record<string, Operation>> = {
    "/api/graph": { get: { summary: "The whole graph, in graphology's serialized form with layout positions, and every article's date beside it (`articles`).", responses: { 200: ok("The graph", responses.graph) } } },
    "/api/nodes": { get: { summary: "Search node names and aliases.", parameters: searchQuery.docs, responses: { 200: ok("Ranked hits", responses.search), 400: bad } } },
    "/api/nodes/{id}": {
      get: {
        summary: "One node: its edges with evidence (the strongest first past `limit`), its mentions in their sentences, its quotes, the articles cited.",
        parameters: [idParam("Node id"), ...nodeQuery.docs],
        responses: { 200: ok("The node", responses.node), 308: movedNode, 400: bad, 404: missing },
      },
    },
    "/api/nodes/{id}/neighbors": {
      get: {
        summary:
          "The ego subgraph of a node, filtered; past `limit` nodes (or `edgeLimit` edges) the strongest ties are kept and `truncated` is true. Lean: each node carries articleCount and its first article ids, each edge evidenceCount, articleCount and the days of its articles (no evidence); GET /api/nodes/{id} and GET /api/edges/{id} have everything.",
        parameters: [idParam("Node id"), ...neighborsQuery.docs],
        responses: { 200: ok("The neighbourhood", responses.neighbors), 308: movedNode, 400: bad, 404: missing },
      },
    },
    "/api/paths": {
      get: {
        summary: "Shortest paths between two nodes (undirected), each edge with its evidence.",
        parameters: pathsQuery.docs,
        responses: { 200: ok("Up to `limit` paths of the minimal length; none when farther than maxLength", responses.paths), 400: bad, 404: missing },
      },
    },
    "/api/stances": {
      get: { summary: "Who supports or opposes whom and what: each stance with its evidence sentences and the holder's quotes in them.", parameters: stancesQuery.docs, responses: { 200: ok("Stances, strongest first", responses.stances), 400: bad, 404: missing } },
    },
    "/api/edges": {
      get: {
        summary: "Several edges at once, each with all its evidence (what a lean neighbourhood leaves out), and the articles cited.",
        parameters: edgesQuery.docs,
        responses: { 200: ok("The edges found, in the order asked", responses.edges), 400: bad },
      },
    },
    "/api/edges/{id}": { get: { summary: "One edge with its evidence and the articles cited.", parameters: [idParam("Edge id")], responses: { 200: ok("The edge", responses.edge), 404: missing } } },
    "/api/overview": {
      get: {
        summary: "A large graph's best-connected nodes (degree) and the edges among them, lean as in neighbourhoods: what to read first when the whole graph is too large to take at once.",
        parameters: overviewQuery.docs,
        responses: { 200: ok("The overview", responses.overview), 400: bad },
      },
    },
    "/api/stats": { get: { summary: "Node counts by kind, edge counts by type, article count.", parameters: emptyQuery.docs, responses: { 200: ok("Counts", responses.stats) } } },
    "/api/export": {
      get: {
        summary:
          "The whole graph, or a node's neighbourhood, as a file: gexf, graphml, json (graphology serialized), csv (one table per request: table=nodes or table=edges; lists joined with ' | ') or cypher (a Neo4j script of MERGE statements).",
        parameters: exportQuery.docs,
        responses: {
          200: {
            description: "The file, with Content-Disposition: attachment",
            content: {
              "application/gexf+xml": { schema: { type: "string" } },
              "application/graphml+xml": { schema: { type: "string" } },
              "application/json": { schema: { type: "object" } },
              "text/csv": { schema: { type: "string" } },
              "application/x-cypher-query": { schema: { type: "string" } },
            },
          },
          400: bad,
          404: missing,
        },
      },
    },
    "/api/openapi.json": { get: { summary: "This document.", responses: { 200: { description: "OpenAPI 3.1 document", content: { "application/json": { schema: { type: "object" } } } } } } },
    "/api/articles": {
      get: {
        summary: "Stored articles, newest first.",
        parameters: [
          { name: "limit", in: "query", required: false, description: "Most articles to answer.", schema: { type: "integer", minimum: 1, maximum: 1000, default: 100 } },
          { name: "offset", in: "query", required: false, description: "Articles to skip.", schema: { type: "integer", minimum: 0, default: 0 } },
        ],
        responses: { 200: ok("A page of articles", responses.articleList), 400: bad },
      },
      post: {
        summary:
          "Add an article: a text, a web page (text/html, or JSON html), or a link (JSON url alone: a page, or a feed whose items are each added), extracted, stored, merged into the graph. The same text or URL twice is one article; a near-duplicate of a stored article (the same story lightly edited) is reported with duplicateOf and similarity and not stored unless keepNearDuplicates (also a query parameter). Links are fetched under the fetch safety rules (http(s), time and size limits, no non-public address).",
        security: writeSecurity,
        parameters: [{ name: "keepNearDuplicates", in: "query", required: false, description: "Store near-duplicates rather than only report them.", schema: { type: "boolean" } }],
        requestBody: { required: true, content: { ...articleBodies, ...content(articleInput) } },
        responses: {
          200: ok("Already stored, or a near-duplicate not stored (duplicate: true); for a feed, nothing new added", z.union([responses.ingest, responses.feedIngest])),
          201: ok("Added (for a feed: at least one item)", z.union([responses.ingest, responses.feedIngest])),
          400: errorResponse(
            "The body is not a usable article (error.field names the problem): empty or binary text, a page with no article (not_an_article), a feed that is not one (not_a_feed), or a link that cannot be fetched (fetch_failed, fetch_refused, too_large, unsupported_content, too_many_redirects, bad_url). Nothing is stored.",
          ),
          401: errorResponse("A token is configured and the request does not carry it."),
          413: errorResponse("The body is larger than the limit."),
          415: errorResponse("Neither text, HTML, a feed nor JSON."),
        },
      },
    },
    "/api/curations": {
      get: { summary: "The corrections made by hand, newest first, each with what it changes in the graph now (idle when it matches nothing).", responses: { 200: ok("The log", responses.curations) } },
      post: {
        summary:
          'Make a correction: { op: "merge", node, into }, { op: "split", node, name } or { op: "split", node, article }, { op: "rename", node, label }, { op: "retype", node, kind }, { op: "reject", node } ("not an entity"), { op: "reject", edge }, { op: "repolarize", edge, polarity }, each with an optional note. Applied at once and on every rebuild after it, to later articles too.',
        security: writeSecurity,
        requestBody: { required: true, content: content(curationBody) },
        responses: {
          201: ok("Made; the graph shows it", responses.curationCreated),
          400: errorResponse("The body is invalid or asks for nothing; error.field names the field."),
          401: errorResponse("A token is configured and the request does not carry it."),
          404: errorResponse("No such node or edge; error.field names the field."),
          415: errorResponse("Not JSON."),
        },
      },
    },
    "/api/curations/{id}": {
      get: { summary: "One correction, with what it changes now.", parameters: [idParam("Curation id")], responses: { 200: ok("The curation", responses.curation), 404: missing } },
      delete: deletion("Undo a correction: the graph is rebuilt without it.", "Curation id", ok("Undone", responses.curationRemoved)),
    },
    "/api/articles/preview": {
      post: {
        summary: "What a text, a page or a link holds (title, date, outlet, URL, the text's opening; a feed's items), read as POST /api/articles reads it, without storing anything.",
        security: writeSecurity,
        requestBody: { required: true, content: { ...articleBodies, ...content(articleInput) } },
        responses: {
          200: ok("What was found", responses.preview),
          400: errorResponse("As for POST /api/articles: nothing usable, or a link that cannot be fetched."),
          401: errorResponse("A token is configured and the request does not carry it."),
          413: errorResponse("The body is larger than the limit."),
          415: errorResponse("Neither text, HTML, a feed nor JSON."),
        },
      },
    },
    "/api/articles/{id}": {
      get: { summary: "One article with its extraction.", parameters: [idParam("Article id (16 hex digits)")], responses: { 200: ok("The article", responses.article), 404: missing } },
      delete: deletion("Remove an article and what only it supported.", "Article id (16 hex digits)", ok("Removed", responses.removed)),
    },
  };
  return {
    openapi: "3.1.0",
    info: { title: "Stancegraph API", version: "0.1.0", description: "A knowledge graph of people, organizations, countries, places, events, topics and stances from news articles, with the sentence behind every node and edge." },
    paths,
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
  };
}
