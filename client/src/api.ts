// Typed calls to the Stancegraph API; every failure becomes an ApiError with a message a person can act on.
import type {
  EdgeResponse,
  EdgesResponse,
  IngestResponse,
  NeighborsResponse,
  OverviewResponse,
  NodeDetail,
  PathsResponse,
  SearchResponse,
  WholeGraph,
} from "./apiTypes.ts";

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The route is not there (an older server): callers say so rather than fail. */
  get missing(): boolean {
    return this.status === 404 && this.code === "no_route";
  }
}

/** Times a read is tried again when the server answers 503 because its query index is being rebuilt after a change;
 * and how long a read waits while a server that has just started reads its store (a big one takes a while). */
const BUSY_RETRIES = 3;
const LOADING_WAIT_MS = 5 * 60_000;

export async function request<T>(path: string, init?: RequestInit, retries = BUSY_RETRIES, loadingUntil = Date.now() + LOADING_WAIT_MS): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError("The server cannot be reached. Check that it is running, then retry.", 0, "network");
  }
  const body: unknown = await res.json().catch(() => null);
  const read = !init?.method || init.method === "GET";
  const loading = (body as { error?: { code?: string } } | null)?.error?.code === "loading";
  if (res.status === 503 && read && !init?.signal?.aborted && (loading ? Date.now() < loadingUntil : retries > 0)) {
    // The server says when to come back; a reader waits rather than sees an error.
    const given = Number(res.headers.get("Retry-After") ?? "1");
    const seconds = Number.isFinite(given) && given >= 0 ? Math.min(10, given) : 1;
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    return request<T>(path, init, loading ? retries : retries - 1, loadingUntil);
  }
  if (!res.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(err?.message ?? `The server answered ${res.status}.`, res.status, err?.code ?? `http_${res.status}`);
  }
  if (body === null) throw new ApiError("The server sent an answer that is not JSON.", res.status, "bad_json");
  return body as T;
}

const enc = encodeURIComponent;

export interface NeighborFilters {
  kind?: readonly string[];
  type?: readonly string[];
  polarity?: readonly string[];
  from?: string;
  to?: string;
  limit?: number;
}

export const api = {
  graph: () => request<WholeGraph>("/api/graph"),
  overview: (limit: number, edgeLimit: number) => request<OverviewResponse>(`/api/overview?limit=${limit}&edgeLimit=${edgeLimit}`),
  search: (q: string, limit = 8, signal?: AbortSignal) =>
    request<SearchResponse>(`/api/nodes?q=${enc(q)}&limit=${limit}`, { signal }),
  node: (id: string) => request<NodeDetail>(`/api/nodes/${enc(id)}`),
  neighbors: (id: string, depth: number, filters: NeighborFilters = {}) => {
    const params = new URLSearchParams({ depth: String(depth) });
    for (const key of ["kind", "type", "polarity"] as const) {
      const values = filters[key];
      if (values && values.length) params.set(key, values.join(","));
    }
    if (filters.from) params.set("from", filters.from);
    if (filters.to) params.set("to", filters.to);
    if (filters.limit) params.set("limit", String(filters.limit));
    return request<NeighborsResponse>(`/api/nodes/${enc(id)}/neighbors?${params}`);
  },
  paths: (from: string, to: string, maxLength = 4) =>
    request<PathsResponse>(`/api/paths?from=${enc(from)}&to=${enc(to)}&maxLength=${maxLength}`),
  edge: (id: string) => request<EdgeResponse>(`/api/edges/${enc(id)}`),
  edges: (ids: readonly string[]) => request<EdgesResponse>(`/api/edges?${ids.map((id) => `id=${enc(id)}`).join("&")}`),
  ingest: (text: string, meta: { title?: string; date?: string; source?: string }, token?: string) =>
    request<IngestResponse>("/api/articles", {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ text, ...meta }),
    }),
};
