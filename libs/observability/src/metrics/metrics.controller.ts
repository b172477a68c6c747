import { CONFIG, HyeopchiConfig } from '@hyeopchi/config';
import {
  Controller,
  ForbiddenException,
  Get,
  Header,
  Headers,
  Inject,
  UnauthorizedException,
} from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { register } from 'prom-client';

/** How long a finished collection answers further scrapes: a flood costs at most one collection per second. */
export const COLLECTION_KEPT_MS = 1_000;

/** `GET /metrics` in production with no METRICS_TOKEN: the figures are not for whoever reaches the port. */
export class MetricsClosedException extends ForbiddenException {
  constructor() {
    super(
      'GET /metrics is closed in production until METRICS_TOKEN is set (32+ characters); Prometheus then sends it as its bearer token',
    );
  }
}

/**
 * `GET /metrics`: every metric of this process in Prometheus's text format, for the operator's scraper. Labels
 * name contexts, command types, refusal codes, consumers and governance spaces, never a person, an id or a name.
 * With METRICS_TOKEN set, only its bearer is answered; without it, anyone outside production and no one in it.
 * Some figures are read from the database, and a caller must not multiply those reads: scrapes that arrive
 * together share one collection, and a finished one answers for COLLECTION_KEPT_MS more.
 */
@Controller('metrics')
export class MetricsController {
  private collecting: Promise<string> | undefined;
  private kept: { text: string; until: number } | undefined;
  private readonly tokenDigest: Buffer | undefined;
  private readonly closed: boolean;

  constructor(@Inject(CONFIG) config: HyeopchiConfig) {
    this.tokenDigest = config.METRICS_TOKEN === undefined ? undefined : digestOf(config.METRICS_TOKEN);
    this.closed = this.tokenDigest === undefined && process.env.NODE_ENV === 'production';
  }

  @Get()
  @Header('Content-Type', register.contentType)
  @Header('Cache-Control', 'no-store')
  scrape(@Headers('authorization') authorization: string | undefined): Promise<string> {
    if (this.closed) throw new MetricsClosedException();
    if (this.tokenDigest && !this.bears(authorization)) {
      throw new UnauthorizedException('GET /metrics needs the bearer token of METRICS_TOKEN');
    }
    if (this.kept && Date.now() < this.kept.until) return Promise.resolve(this.kept.text);
    this.collecting ??= register
      .metrics()
      .then((text) => {
        this.kept = { text, until: Date.now() + COLLECTION_KEPT_MS };
        return text;
      })
      .finally(() => (this.collecting = undefined));
    return this.collecting;
  }

  private bears(authorization: string | undefined): boolean {
    const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    // digests of equal length: the comparison takes the same time whatever was sent
    return token !== undefined && timingSafeEqual(digestOf(token), this.tokenDigest!);
  }
}

const digestOf = (token: string) => createHash('sha256').update(token).digest();
