// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011) over words 1..n with the root
// 0 at the bottom of the stack. SHIFT moves the buffer's front to the stack; LEFT makes the stack top a
// dependent of the buffer's front and pops it; RIGHT makes the stack top a dependent of the item below it
// and pops it. The root takes its one dependent last (RIGHT from the root only once the buffer is empty),
// so every parse is a tree with a single root word, and every word gets a head.

export const SHIFT = 0, LEFT = 1, RIGHT = 2;

// Joint classes: 0 = SHIFT, 1 + l = LEFT with label l, 1 + L + l = RIGHT with label l.
export const classOf = (move: number, label: number, numLabels: number): number => (move === SHIFT ? 0 : move === LEFT ? 1 + label : 1 + numLabels + label);
export const moveOf = (c: number, numLabels: number): number => (c === 0 ? SHIFT : c <= numLabels ? LEFT : RIGHT);
export const labelOf = (c: number, numLabels: number): number => (c === 0 ? -1 : c <= numLabels ? c - 1 : c - 1 - numLabels);

export class State {
  n = 0;
  stack: Int32Array;
  sp = 0; // stack size; stack[0] is the root
  b = 1; // the buffer is b..n
  head: Int32Array; // -1 until attached
  label: Int32Array;
  // Leftmost, second leftmost, rightmost and second rightmost dependents (0: none; the root is no one's dependent).
  lc1: Int32Array;
  lc2: Int32Array;
  rc1: Int32Array;
  rc2: Int32Array;
  nl: Int32Array; // number of left and right dependents
  nr: Int32Array;
  lset: Int32Array; // bit sets of the labels of left and right dependents (labels folded mod 31)
  rset: Int32Array;

  constructor(capacity = 64) {
    const a = () => new Int32Array(capacity + 1);
    this.stack = a(); this.head = a(); this.label = a(); this.lc1 = a(); this.lc2 = a(); this.rc1 = a(); this.rc2 = a();
    this.nl = a(); this.nr = a(); this.lset = a(); this.rset = a();
  }

  reset(n: number): void {
    if (this.stack.length < n + 1) Object.assign(this, new State(Math.max(n, this.stack.length * 2)));
    this.n = n;
    this.sp = 1;
    this.stack[0] = 0;
    this.b = 1;
    for (const a of [this.head, this.label]) a.fill(-1, 0, n + 1);
    for (const a of [this.lc1, this.lc2, this.rc1, this.rc2, this.nl, this.nr, this.lset, this.rset]) a.fill(0, 0, n + 1);
  }

  get terminal(): boolean {
    return this.b > this.n && this.sp === 1;
  }

  canShift(): boolean {
    return this.b <= this.n;
  }
  canLeft(): boolean {
    return this.sp >= 2 && this.b <= this.n;
  }
  canRight(): boolean {
    return this.sp >= 3 || (this.sp === 2 && this.b > this.n);
  }
  // Whether RIGHT now gives the root its dependent (then the label must be the root label, and only then).
  rightIsRoot(): boolean {
    return this.sp === 2;
  }

  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b++;
    } else if (move === LEFT) {
      this.arc(this.b, this.stack[--this.sp], label);
    } else {
      const d = this.stack[--this.sp];
      this.arc(this.stack[this.sp - 1], d, label);
    }
  }

  private arc(h: number, d: number, l: number): void {
    this.head[d] = h;
    this.label[d] = l;
    const bit = 1 << l % 31;
    if (d < h) {
      if (this.lc1[h] === 0 || d < this.lc1[h]) { this.lc2[h] = this.lc1[h]; this.lc1[h] = d; }
      else if (this.lc2[h] === 0 || d < this.lc2[h]) this.lc2[h] = d;
      this.nl[h]++;
      this.lset[h] |= bit;
    } else {
      if (d > this.rc1[h]) { this.rc2[h] = this.rc1[h]; this.rc1[h] = d; }
      else if (d > this.rc2[h]) this.rc2[h] = d;
      this.nr[h]++;
      this.rset[h] |= bit;
    }
  }
}
