import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Started } from './services';

/** A span as an OTLP/HTTP JSON export carries it, with the `service.name` of the process that sent it. */
export interface ReceivedSpan {
  service: string;
  /** The attributes of the process that sent it (its resource). */
  resource: Record<string, unknown>;
  traceId: string;
  spanId: string;
  /** Empty for a trace's root. */
  parentSpanId: string;
  name: string;
  /** OTLP's numbering: 1 internal, 2 server, 3 client, 4 producer, 5 consumer. */
  kind: number;
  attributes: Record<string, unknown>;
}

export interface OtlpReceiver {
  /** What OTEL_EXPORTER_OTLP_ENDPOINT is set to: exporters post to `<url>/v1/traces`. */
  url: string;
  spans(): ReceivedSpan[];
}

interface KeyValue {
  key: string;
  value: Record<string, unknown>;
}
interface ExportRequest {
  resourceSpans?: {
    resource?: { attributes?: KeyValue[] };
    scopeSpans?: {
      spans?: (Omit<ReceivedSpan, 'service' | 'resource' | 'attributes'> & { attributes?: KeyValue[] })[];
    }[];
  }[];
}

const MAX_EXPORT_BYTES = 16 * 1024 * 1024;

/**
 * An OpenTelemetry collector's OTLP/HTTP traces endpoint in JSON (what `@opentelemetry/exporter-trace-otlp-http`
 * sends), on loopback: it keeps every span the processes of a test export to it.
 */
export async function startOtlpReceiver(): Promise<Started<OtlpReceiver>> {
  const received: ReceivedSpan[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_EXPORT_BYTES) request.destroy();
      else chunks.push(chunk);
    });
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/v1/traces') {
        response.writeHead(404).end();
        return;
      }
      try {
        received.push(...spansOf(JSON.parse(Buffer.concat(chunks).toString()) as ExportRequest));
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      } catch (error) {
        response.writeHead(400).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    value: { url: `http://127.0.0.1:${port}`, spans: () => [...received] },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function spansOf(request: ExportRequest): ReceivedSpan[] {
  return (request.resourceSpans ?? []).flatMap(({ resource, scopeSpans }) => {
    const resourceAttributes = attributesOf(resource?.attributes);
    const service = String(resourceAttributes['service.name']);
    return (scopeSpans ?? []).flatMap(({ spans }) =>
      (spans ?? []).map(({ traceId, spanId, parentSpanId, name, kind, attributes }) => ({
        service,
        resource: resourceAttributes,
        traceId,
        spanId,
        parentSpanId: parentSpanId ?? '',
        name,
        kind,
        attributes: attributesOf(attributes),
      })),
    );
  });
}

function attributesOf(attributes: KeyValue[] = []): Record<string, unknown> {
  return Object.fromEntries(attributes.map(({ key, value }) => [key, Object.values(value)[0]]));
}
