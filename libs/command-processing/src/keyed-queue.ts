/**
 * Runs tasks with the same key one after another, in the order they came, and tasks with different keys side by
 * side. A failed task does not hold up the next one. Keys are forgotten once their queue is empty.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** How many keys have a task queued or running. */
  get busyKeys(): number {
    return this.tails.size;
  }
}
