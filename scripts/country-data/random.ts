/** Seeded pseudo-random numbers (mulberry32) for the synthetic country dataset. */

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A uniform float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Splits `total` into counts per weight (one draw per unit counted; totals here are small). */
  split(total: number, weights: readonly number[]): number[] {
    const counts = weights.map(() => 0);
    let sum = 0;
    for (const w of weights) sum += w;
    for (let k = 0; k < total; k++) {
      let r = this.next() * sum;
      let i = 0;
      while (i < weights.length - 1 && (r -= weights[i]!) >= 0) i++;
      counts[i]! += 1;
    }
    return counts;
  }
}
