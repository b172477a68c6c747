import { GroupingQueue } from '@hyeopchi/command-processing';

describe('GroupingQueue', () => {
  /** Groups that record themselves and finish only when the test releases them, failing on an item 'fail'. */
  function controlledQueue(maxGroup?: number) {
    const groups: string[][] = [];
    const releases: (() => void)[] = [];
    const queue = new GroupingQueue<string, string>(async (key, items) => {
      groups.push(items.map((item) => `${key}:${item}`));
      await new Promise<void>((resolve) => releases.push(resolve));
      if (items.includes('fail')) throw new Error('group failed');
      return items.map((item) => `${item} done`);
    }, maxGroup);
    const releaseAll = async () => {
      while (releases.length > 0) {
        releases.splice(0).forEach((release) => release());
        await settle();
      }
    };
    return { queue, groups, releaseAll };
  }
  const settle = () => new Promise((resolve) => setImmediate(resolve));

  it('runs what queued while a key was busy as its next group, in order, and other keys side by side', async () => {
    const { queue, groups, releaseAll } = controlledQueue();
    const results = ['a1', 'a2', 'a3'].map((item) => queue.run('a', item));
    results.push(queue.run('b', 'b1'));
    await settle();
    expect(groups).toEqual([['a:a1'], ['b:b1']]);

    await releaseAll();

    expect(await Promise.all(results)).toEqual(['a1 done', 'a2 done', 'a3 done', 'b1 done']);
    expect(groups).toEqual([['a:a1'], ['b:b1'], ['a:a2', 'a:a3']]);
  });

  it('takes at most maxGroup items at a time', async () => {
    const { queue, groups, releaseAll } = controlledQueue(2);
    const results = ['1', '2', '3', '4'].map((item) => queue.run('a', item));

    await releaseAll();

    await Promise.all(results);
    expect(groups).toEqual([['a:1'], ['a:2', 'a:3'], ['a:4']]);
  });

  it('fails every item of a failed group, runs the next group, and forgets a key once its queue is empty', async () => {
    const { queue, groups, releaseAll } = controlledQueue(2);
    const first = queue.run('a', 'first');
    const outcomes = Promise.allSettled([queue.run('a', 'x'), queue.run('a', 'fail')]);
    const next = queue.run('a', 'next');
    expect(queue.busyKeys).toBe(1);

    await releaseAll();

    expect(await first).toBe('first done');
    expect((await outcomes).map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    expect(await next).toBe('next done');
    expect(groups).toEqual([['a:first'], ['a:x', 'a:fail'], ['a:next']]);
    expect(queue.busyKeys).toBe(0);
  });
});
