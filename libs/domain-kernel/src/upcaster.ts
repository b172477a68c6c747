/**
 * Turns the data of one revision of an event type into the next (`fromRevision` → `fromRevision + 1`). Only
 * additive changes are upcast: a field added with the value every older event implies. A breaking change is a new
 * type name instead.
 */
export interface EventUpcaster {
  readonly type: string;
  readonly fromRevision: number;
  /** The data's fields it adds: what the older revision's schema does without (the event catalogue). */
  readonly adds: readonly string[];
  upcast(data: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

/** An upcaster that adds a field every older event implies. */
export const addedField = (
  type: string,
  fromRevision: number,
  field: string,
  value: unknown,
): EventUpcaster => ({
  type,
  fromRevision,
  adds: [field],
  upcast: (data) => ({ ...data, [field]: value }),
});

/** An event as a log records it: its type, the revision of its data, the data. */
export interface RevisedEvent {
  type: string;
  schemaVersion: number;
  data: unknown;
}

/** The upcasters of a log's event types, chained per type in revision order. */
export class EventRevisions {
  private readonly chains = new Map<string, EventUpcaster[]>();

  constructor(upcasters: readonly EventUpcaster[]) {
    for (const upcaster of upcasters) {
      const chain = this.chains.get(upcaster.type) ?? [];
      if (upcaster.fromRevision !== chain.length + 1) {
        throw new Error(
          `${upcaster.type}: upcaster from revision ${upcaster.fromRevision} given after ${chain.length}`,
        );
      }
      chain.push(upcaster);
      this.chains.set(upcaster.type, chain);
    }
  }

  /** The revision events of this type are written in now. */
  current(type: string): number {
    return (this.chains.get(type)?.length ?? 0) + 1;
  }

  /** The event as its current revision reads; the stored record is never changed. */
  upcast<Event extends RevisedEvent>(event: Event): Event {
    const chain = this.chains.get(event.type);
    if (!chain || event.schemaVersion > chain.length) return event;
    const data = chain
      .slice(event.schemaVersion - 1)
      .reduce((older, { upcast }) => upcast(older), event.data as Record<string, unknown>);
    return { ...event, data, schemaVersion: chain.length + 1 };
  }
}
