// The store's near-duplicate index: each article's MinHash signature and its band keys (server/articles/minhash.ts),
// so that a new article's likeliest near-duplicate is found by a few index lookups, whatever the store's size.
import type { DB } from "./schema.ts";
import { bandKeys, NEAR_DUPLICATE_SIMILARITY, signature, similarity } from "../articles/minhash.ts";

export interface NearMatch {
  /** The stored article it is a near-duplicate of. */
  id: string;
  /** Estimated shingle similarity, 0 to 1. */
  similarity: number;
}

const bandKey = (band: number, key: number) => band * 2 ** 32 + key;
const blob = (sig: Uint32Array) => Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
const fromBlob = (b: Buffer) => new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));

export class NearDuplicateIndex {
  private readonly candidates;
  private readonly signatureOf;
  private readonly insertSignature;
  private readonly insertBand;
  private readonly deleteBand;
  private readonly deleteSignature;

  constructor(
    private readonly db: DB,
    private readonly threshold = NEAR_DUPLICATE_SIMILARITY,
  ) {
    this.candidates = db.prepare("SELECT DISTINCT article FROM signature_bands WHERE band_key IN (SELECT value FROM json_each(?)) ORDER BY article").pluck();
    this.signatureOf = db.prepare("SELECT signature FROM article_signatures WHERE article = ?").pluck();
    this.insertSignature = db.prepare("INSERT OR REPLACE INTO article_signatures (article, signature) VALUES (?, ?)");
    this.insertBand = db.prepare("INSERT OR IGNORE INTO signature_bands (band_key, article) VALUES (?, ?)");
    // A band row is found by its key (the table has no index by article): removal reads the signature for the keys.
    this.deleteBand = db.prepare("DELETE FROM signature_bands WHERE band_key = ? AND article = ?");
    this.deleteSignature = db.prepare("DELETE FROM article_signatures WHERE article = ?");
    if (!db.readonly) this.backfill();
  }

  /** Signs the articles stored before the index existed (once, when a store is first opened by this version). */
  private backfill(): void {
    const unsigned = this.db.prepare("SELECT id, text FROM articles WHERE id NOT IN (SELECT article FROM article_signatures)").all() as { id: string; text: string }[];
    if (!unsigned.length) return;
    this.db.transaction(() => {
      for (const a of unsigned) this.add(a.id, signature(a.text));
    })();
  }

  /** The stored article most similar to `sig` at or past the threshold (the smallest id among equals), or null. */
  nearest(sig: Uint32Array, except?: string): NearMatch | null {
    const keys = bandKeys(sig).map((k, band) => bandKey(band, k));
    let best: NearMatch | null = null;
    for (const id of this.candidates.all(JSON.stringify(keys)) as string[]) {
      if (id === except) continue;
      const stored = this.signatureOf.get(id) as Buffer | undefined;
      if (!stored) continue;
      const s = similarity(sig, fromBlob(stored));
      if (s >= this.threshold && (!best || s > best.similarity)) best = { id, similarity: s };
    }
    return best;
  }

  /** Indexes an article (inside the caller's transaction, when there is one). */
  add(id: string, sig: Uint32Array): void {
    this.insertSignature.run(id, blob(sig));
    bandKeys(sig).forEach((k, band) => this.insertBand.run(bandKey(band, k), id));
  }

  remove(id: string): void {
    const stored = this.signatureOf.get(id) as Buffer | undefined;
    if (!stored) return;
    bandKeys(fromBlob(stored)).forEach((k, band) => this.deleteBand.run(bandKey(band, k), id));
    this.deleteSignature.run(id);
  }
}
