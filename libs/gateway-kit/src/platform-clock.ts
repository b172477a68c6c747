import { CLOCK, Clock, systemClock } from '@hyeopchi/command-processing';
import { Inject, Injectable, Optional } from '@nestjs/common';

/**
 * The platform's clock, the one that escalates reviews: deadlines are read against it, not a browser's clock or
 * the database's, and tests move it forward. The gateway in its own process has no service clock: it reads the
 * system's.
 */
@Injectable()
export class PlatformClock implements Clock {
  private readonly clock: Clock;

  constructor(@Optional() @Inject(CLOCK) clock?: Clock) {
    this.clock = clock ?? systemClock;
  }

  now(): Date {
    return this.clock.now();
  }
}
