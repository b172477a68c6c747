import { chaosOptions } from './options';

describe('the chaos options', () => {
  it('run the short profile by default, bounded in time and requests', () => {
    const options = chaosOptions([], {});
    expect(options.profile).toBe('short');
    expect(options.timeoutMs).toBe(15 * 60_000);
    expect(options.requestBudget).toBe(20_000);
  });

  it('kill the projector fifty times in the full profile', () => {
    expect(chaosOptions(['--profile', 'full'], {}).projectorKills).toBe(50);
  });

  it('take flags over the environment', () => {
    const options = chaosOptions(['--profile', 'short', '--request-budget', '500'], {
      CHAOS_PROFILE: 'full',
      CHAOS_REQUEST_BUDGET: '9',
      CHAOS_TIMEOUT_MINUTES: '3',
    });
    expect(options).toMatchObject({ profile: 'short', requestBudget: 500, timeoutMs: 3 * 60_000 });
  });

  it.each([
    [['--profile', 'huge']],
    [['--timeout-minutes', '0']],
    [['--timeout-minutes', '1000']],
    [['--request-budget', '1.5']],
    [['--requests', '5']],
    [['--profile']],
  ])('refuse %j', (argv) => {
    expect(() => chaosOptions(argv, {})).toThrow(/npm run chaos/);
  });
});
