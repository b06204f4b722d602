// Worker bootstrap: registers tsx in this thread (the main thread's loader hooks do not reach workers), then loads
// the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
