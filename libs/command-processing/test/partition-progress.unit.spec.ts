import { PartitionProgress } from '../src/partition-progress';

describe('PartitionProgress', () => {
  it('commits nothing before a message is taken', () => {
    expect(new PartitionProgress().committable).toBeUndefined();
  });

  it('holds the commit at the first unfinished message, whatever finished after it', () => {
    const progress = new PartitionProgress();
    [10n, 11n, 12n].forEach((offset) => progress.take(offset));
    progress.finish(12n);
    progress.finish(11n);
    expect(progress.committable).toBe(10n);
  });

  it('commits past the last message once every message is finished', () => {
    const progress = new PartitionProgress();
    [10n, 11n].forEach((offset) => progress.take(offset));
    progress.finish(10n);
    expect(progress.committable).toBe(11n);
    progress.finish(11n);
    expect(progress.committable).toBe(12n);
    expect(progress.pending).toBe(0);
  });
});
