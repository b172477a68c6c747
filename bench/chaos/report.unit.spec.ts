import { SentCommand } from './load';
import { ChaosRun, InjectedFault, chaosReport } from './report';
import { ChaosVerification } from './verify';

const command = (during: string, code: string | null, attempts = 1): SentCommand => ({
  commandId: `${during}-${code}-${attempts}`,
  mutation: { name: 'supportProposal', input: { proposalId: 'p' }, actor: 'citizen-1' },
  during,
  code,
  attempts,
  latencyMs: 10,
});

const fault = (
  kind: string,
  caughtUpMs: number | null,
  extra: Partial<InjectedFault> = {},
): InjectedFault => ({
  kind,
  times: 1,
  problems: [],
  lastedMs: 1_000,
  servesMs: 100,
  caughtUpMs,
  ...extra,
});

const clean: ChaosVerification = {
  acknowledged: 3,
  eventsStored: 3,
  eventsPublished: 3,
  lost: [],
  duplicated: [],
  inconsistent: [],
};

const run = (overrides: Partial<ChaosRun>): ChaosRun => ({
  profile: 'short',
  commit: 'abc1234',
  machine: {},
  durationSeconds: 60,
  skippedFaults: 0,
  faults: [fault('broker killed', 2_000), fault('broker killed', 4_000, { times: 3 })],
  sent: [
    command('none', null),
    command('broker killed', null, 3),
    command('broker killed', 'SUPPORT_WINDOW_CLOSED'),
  ],
  verification: clean,
  error: null,
  ...overrides,
});

describe('the chaos report', () => {
  it('passes a run that lost, doubled and broke nothing', () => {
    const report = chaosReport(run({}));
    expect(report).toMatchObject({ verdict: 'passed', lost: 0, duplicated: 0, inconsistent: 0 });
    expect(report.commands).toEqual({
      attempted: 3,
      acknowledged: 2,
      refused: { SUPPORT_WINDOW_CLOSED: 1 },
      unanswered: 0,
      sentAgain: 1,
    });
  });

  it('counts each kind of fault, its recovery and the commands sent during it', () => {
    const [kind] = chaosReport(run({})).faults;
    expect(kind).toMatchObject({
      kind: 'broker killed',
      injected: 4,
      recoveredEvery: true,
      caughtUpMs: { median: 4_000, max: 4_000 },
      commands: { attempted: 2, acknowledged: 1, refused: { SUPPORT_WINDOW_CLOSED: 1 } },
    });
  });

  it.each<[string, Partial<ChaosRun>]>([
    [
      'a lost command',
      { verification: { ...clean, lost: [{ check: 'stored', subject: 'c-1', detail: '' }] } },
    ],
    [
      'a doubled effect',
      { verification: { ...clean, duplicated: [{ check: 'projected', subject: 's', detail: '' }] } },
    ],
    [
      'a read model unlike its rebuild',
      { verification: { ...clean, inconsistent: [{ check: 'r', subject: 't', detail: '' }] } },
    ],
    ['a verification that could not run', { verification: null, error: 'the broker did not start' }],
    ['a fault never recovered from', { faults: [fault('PostgreSQL stopped', null)] }],
    [
      'a poison message not dead-lettered',
      { faults: [fault('poison', 100, { problems: ['not dead-lettered'] })] },
    ],
  ])('fails a run with %s', (_, overrides) => {
    expect(chaosReport(run(overrides)).verdict).toBe('failed');
  });
});
