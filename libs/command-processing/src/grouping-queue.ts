interface Waiting<Item, Result> {
  item: Item;
  resolve(result: Result): void;
  reject(error: unknown): void;
}

/**
 * Runs the items of one key in groups, one group after another: whatever queued while a key's group ran goes
 * together in the next, in the order it came (at most `maxGroup` at a time). Keys run side by side. Each item gets
 * its own result; a group that fails fails each of its items, and the next group runs all the same. Keys are
 * forgotten once their queue is empty.
 */
export class GroupingQueue<Item, Result> {
  private readonly queues = new Map<string, Waiting<Item, Result>[]>();

  constructor(
    private readonly runGroup: (key: string, items: Item[]) => Promise<Result[]>,
    private readonly maxGroup = 256,
  ) {}

  run(key: string, item: Item): Promise<Result> {
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(key);
      if (queue) {
        queue.push({ item, resolve, reject });
        return;
      }
      this.queues.set(key, [{ item, resolve, reject }]);
      void this.drain(key);
    });
  }

  /** How many keys have items queued or running. */
  get busyKeys(): number {
    return this.queues.size;
  }

  private async drain(key: string): Promise<void> {
    const queue = this.queues.get(key)!;
    while (queue.length > 0) {
      const group = queue.splice(0, this.maxGroup);
      try {
        const results = await this.runGroup(
          key,
          group.map(({ item }) => item),
        );
        group.forEach(({ resolve }, index) => resolve(results[index]));
      } catch (error) {
        group.forEach(({ reject }) => reject(error));
      }
    }
    this.queues.delete(key);
  }
}
