import { CONFIG, HyeopchiConfig } from '@hyeopchi/config';
import { Controller, Get, Header, Headers, Inject, UnauthorizedException } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { register } from 'prom-client';

/**
 * `GET /metrics`: every metric of this process in Prometheus's text format, for the operator's scraper. Labels
 * name contexts, command types, refusal codes, consumers and governance spaces, never a person, an id or a name.
 * With METRICS_TOKEN set, only its bearer is answered. Scrapes that arrive together share one collection: some
 * figures are read from the database, and a caller must not multiply those reads.
 */
@Controller('metrics')
export class MetricsController {
  private collecting: Promise<string> | undefined;
  private readonly tokenDigest: Buffer | undefined;

  constructor(@Inject(CONFIG) config: HyeopchiConfig) {
    this.tokenDigest = config.METRICS_TOKEN === undefined ? undefined : digestOf(config.METRICS_TOKEN);
  }

  @Get()
  @Header('Content-Type', register.contentType)
  @Header('Cache-Control', 'no-store')
  scrape(@Headers('authorization') authorization: string | undefined): Promise<string> {
    if (this.tokenDigest && !this.bears(authorization)) {
      throw new UnauthorizedException('GET /metrics needs the bearer token of METRICS_TOKEN');
    }
    this.collecting ??= register.metrics().finally(() => (this.collecting = undefined));
    return this.collecting;
  }

  private bears(authorization: string | undefined): boolean {
    const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
    // digests of equal length: the comparison takes the same time whatever was sent
    return token !== undefined && timingSafeEqual(digestOf(token), this.tokenDigest!);
  }
}

const digestOf = (token: string) => createHash('sha256').update(token).digest();
