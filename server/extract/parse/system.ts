// The arc-eager transition system (Nivre 2003) over words 1..n, with the root at the end of the buffer
// (Ballesteros & Nivre 2013: the root word is chosen last, when the whole sentence has been seen). SHIFT
// pushes the buffer's front b; LEFT makes the stack top s0 a dependent of b and pops it; RIGHT makes b a
// dependent of s0 and pushes it; REDUCE pops an s0 that has its head. The root (token 0, after word n)
// never goes on the stack; words still without a head when it is reached become its dependents (a
// second one is made a parataxis of the first afterwards, see punct.ts).

export const SHIFT = 0, REDUCE = 1, LEFT = 2, RIGHT = 3;

// Joint classes: 0 = SHIFT, 1 = REDUCE, 2 + l = LEFT with label l, 2 + L + l = RIGHT with label l.
export const numClasses = (numLabels: number): number => 2 + 2 * numLabels;
export const moveOf = (c: number, numLabels: number): number => (c < 2 ? c : c < 2 + numLabels ? LEFT : RIGHT);
export const labelOf = (c: number, numLabels: number): number => (c < 2 ? -1 : c < 2 + numLabels ? c - 2 : c - 2 - numLabels);

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
    this.sp = 0;
    this.b = 1;
    for (const a of [this.head, this.label]) a.fill(-1, 0, n + 1);
    for (const a of [this.lc1, this.lc2, this.rc1, this.rc2, this.nl, this.nr, this.lset, this.rset]) a.fill(0, 0, n + 1);
  }

  // The buffer's front: a word, 0 for the root (after the last word).
  get b0(): number {
    return this.b <= this.n ? this.b : 0;
  }

  get terminal(): boolean {
    return this.b > this.n && this.sp === 0;
  }

  canShift(): boolean {
    return this.b <= this.n;
  }
  canReduce(): boolean {
    return this.sp >= 1 && this.head[this.stack[this.sp - 1]] >= 0;
  }
  canLeft(): boolean {
    return this.sp >= 1 && this.head[this.stack[this.sp - 1]] < 0;
  }
  canRight(): boolean {
    return this.b <= this.n && this.sp >= 1;
  }
  // Whether LEFT now makes s0 a dependent of the root (then the label must be the root label, and only then).
  leftIsRoot(): boolean {
    return this.b > this.n;
  }

  apply(move: number, label: number): void {
    if (move === SHIFT) this.stack[this.sp++] = this.b++;
    else if (move === REDUCE) this.sp--;
    else if (move === LEFT) this.arc(this.b0, this.stack[--this.sp], label);
    else {
      this.arc(this.stack[this.sp - 1], this.b, label);
      this.stack[this.sp++] = this.b++;
    }
  }

  private arc(h: number, d: number, l: number): void {
    this.head[d] = h;
    this.label[d] = l;
    const bit = 1 << l % 31;
    if (d < h || h === 0) {
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
