import {
  AppendResult,
  DelegatingEventStore,
  EventStore,
  EventToAppend,
  ExpectedVersion,
} from '@hyeopchi/event-store';
import { histogram } from '@hyeopchi/observability';

const appendDurations = histogram({
  name: 'hyeopchi_append_duration_seconds',
  help: "Time of one append to a context's event store (one transaction), refused appends included.",
  labelNames: ['context'],
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
});

/** A context's store whose appends are timed into `hyeopchi_append_duration_seconds`. */
export class TimedEventStore extends DelegatingEventStore {
  constructor(
    store: EventStore,
    private readonly context: string,
  ) {
    super(store);
  }

  override async appendToStream(
    streamId: string,
    events: EventToAppend[],
    expected?: ExpectedVersion,
  ): Promise<AppendResult> {
    const stop = appendDurations.startTimer({ context: this.context });
    try {
      return await super.appendToStream(streamId, events, expected);
    } finally {
      stop();
    }
  }
}
