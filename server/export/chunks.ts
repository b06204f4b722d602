// Documents as sequences of string chunks: one implementation per format that the server streams (api/streamBody.ts)
// and the command line writes to a file, and whose join is the document as one string (tests, small graphs).

/** A document's text, a chunk at a time. An empty chunk is a step with nothing to write yet (a pass that reads the
 * graph before writing, as GEXF's attribute model), so that the consumer can yield between steps. */
export type Chunks = Generator<string, void, void>;

/** About how many characters a chunk gathers before it is handed over: big enough that each write is cheap, small
 * enough that building one takes well under a millisecond. */
export const CHUNK_CHARS = 64 * 1024;

/** The whole document as one string. */
export function joinChunks(chunks: Iterable<string>): string {
  let out = "";
  for (const c of chunks) out += c;
  return out;
}

/** Gathers small pieces into chunks of about CHUNK_CHARS: `add` answers a full chunk to yield, else "". */
export class ChunkBuffer {
  private text = "";

  add(piece: string): string {
    this.text += piece;
    if (this.text.length < CHUNK_CHARS) return "";
    return this.take();
  }

  /** What is gathered, emptied. */
  take(): string {
    const out = this.text;
    this.text = "";
    return out;
  }
}
