/**
 * The last values computed, at least the last `capacity` of them and at most twice that: for
 * results used twice in a short while and then never again, which a full cache would hold for the
 * whole compile. Two generations, each a Map: when the newer is full it becomes the older, and
 * the older is dropped whole (deleting keys one by one from the front of a Map is slow in V8).
 */
export class RecentValues<V> {
  private newer = new Map<string, V>();
  private older = new Map<string, V>();
  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    return this.newer.get(key) ?? this.older.get(key);
  }

  set(key: string, value: V): void {
    if (this.newer.size >= this.capacity) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
  }
}
