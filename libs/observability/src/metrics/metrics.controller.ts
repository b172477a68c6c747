import { Controller, Get, Header } from '@nestjs/common';
import { register } from 'prom-client';

/**
 * `GET /metrics`: every metric of this process in Prometheus's text format, for the operator's scraper. Labels
 * name contexts, command types, refusal codes and consumers, never a person, an id or a name: the figures are
 * counts and durations.
 */
@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('Content-Type', register.contentType)
  @Header('Cache-Control', 'no-store')
  scrape(): Promise<string> {
    return register.metrics();
  }
}
