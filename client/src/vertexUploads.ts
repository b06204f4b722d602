// Sigma 3.0 uploads each program's whole vertex array to the GPU on every frame (Program#bindProgram calls
// bufferData for the drawing pass and again for the picking pass), though moving the camera changes none of it:
// at 50k edges that is megabytes a frame, and with software WebGL the page waits for the copy. Here a program
// uploads only after its arrays changed (reallocate, or an item processed), and otherwise reuses its GPU buffers.
import { EdgeProgram, NodeProgram, Program } from "sigma/rendering";

interface Tracked {
  vertexVersion?: number;
}
interface ProgramInfo {
  gl: WebGLRenderingContext | WebGL2RenderingContext;
  uploadedVersion?: number;
}
type Method = (this: Tracked, ...args: never[]) => unknown;

let installed = false;

/** Patches sigma's program classes once; every program drawn afterwards uploads on change only. */
export function uploadVerticesOnChangeOnly(): void {
  if (installed) return;
  const base = Program.prototype as unknown as Record<string, Method>;
  const nodes = NodeProgram.prototype as unknown as Record<string, Method>;
  const edges = EdgeProgram.prototype as unknown as Record<string, Method>;
  // Another sigma version may be built differently: leave it as it is then.
  if (![base.bindProgram, base.reallocate, nodes.process, edges.process].every((f) => typeof f === "function")) return;
  installed = true;
  const bump = (proto: Record<string, Method>, name: string) => {
    const original = proto[name];
    proto[name] = function (this: Tracked, ...args: never[]) {
      this.vertexVersion = (this.vertexVersion ?? 0) + 1;
      return original.apply(this, args);
    };
  };
  bump(base, "reallocate");
  bump(nodes, "process");
  bump(edges, "process");
  const bind = base.bindProgram;
  base.bindProgram = function (this: Tracked, ...args: never[]) {
    const info = args[0] as unknown as ProgramInfo;
    const version = this.vertexVersion ?? 0;
    if (info.uploadedVersion === version) {
      // Same data as the buffers already hold: bind and point the attributes, skip the copy.
      const gl = info.gl;
      const bufferData = gl.bufferData;
      gl.bufferData = () => {};
      try {
        return bind.apply(this, args);
      } finally {
        gl.bufferData = bufferData;
      }
    }
    info.uploadedVersion = version;
    return bind.apply(this, args);
  };
}
