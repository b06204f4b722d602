// The curations API from the explorer: make a correction, undo it, list them. Writes carry the access token once the
// server has asked for it.
import { request } from "./api.ts";
import type { EntityKind, Polarity } from "./apiTypes.ts";
import type { CurationBody } from "../../server/api/curationBody.ts";

/** What POST /api/curations takes, as the server's schema says. */
export type CurationRequest = CurationBody;

/** A curation as GET /api/curations lists it. */
export interface CurationEntry {
  id: number;
  op: CurationRequest["op"];
  node?: { id: string; label: string; kind: EntityKind };
  into?: { id: string; label: string };
  edge?: { source: string; target: string; label: string; polarity: Polarity | null };
  name?: string;
  article?: string;
  label?: string;
  kind?: EntityKind;
  polarity?: Polarity;
  note: string | null;
  createdAt: string;
  idle: boolean;
  summary: string;
  changes: { nodes: string[]; edges: string[] };
}

let token: string | null = null;

export function setToken(value: string | null): void {
  token = value && value.trim() ? value.trim() : null;
}

const writeHeaders = (): Record<string, string> => ({ "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) });

export const curationsApi = {
  list: () => request<{ curations: CurationEntry[] }>("/api/curations"),
  create: (body: CurationRequest) => request<{ id: number; curation: CurationEntry }>("/api/curations", { method: "POST", headers: writeHeaders(), body: JSON.stringify(body) }),
  remove: (id: number) => request<{ id: number; removed: CurationEntry }>(`/api/curations/${id}`, { method: "DELETE", headers: writeHeaders() }),
};
