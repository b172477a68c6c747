import { KeyedQueue } from '@hyeopchi/command-processing';

describe('KeyedQueue', () => {
  /** A task that records when it runs and finishes only when the test releases it. */
  const controlled = (log: string[], name: string) => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const task = async () => {
      log.push(`${name} starts`);
      await released;
      log.push(`${name} ends`);
      return name;
    };
    return { task, release };
  };
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('runs tasks of one key one after another, in order, and tasks of other keys side by side', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const first = controlled(log, 'a1');
    const second = controlled(log, 'a2');
    const other = controlled(log, 'b1');
    const results = [queue.run('a', first.task), queue.run('a', second.task), queue.run('b', other.task)];
    await settle();
    expect(log).toEqual(['a1 starts', 'b1 starts']);

    second.release();
    other.release();
    await settle();
    expect(log).toEqual(['a1 starts', 'b1 starts', 'b1 ends']);

    first.release();
    expect(await Promise.all(results)).toEqual(['a1', 'a2', 'b1']);
    expect(log).toEqual(['a1 starts', 'b1 starts', 'b1 ends', 'a1 ends', 'a2 starts', 'a2 ends']);
  });

  it('runs the next task after a failed one, and forgets a key once its queue is empty', async () => {
    const queue = new KeyedQueue();
    const failed = queue.run('a', () => Promise.reject(new Error('refused')));
    const next = queue.run('a', () => Promise.resolve('next'));
    expect(queue.busyKeys).toBe(1);

    await expect(failed).rejects.toThrow('refused');
    expect(await next).toBe('next');
    await settle();
    expect(queue.busyKeys).toBe(0);
  });
});
