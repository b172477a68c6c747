/** The part of autocannon 8's API the gateway bench uses (the package ships no types). */
declare module 'autocannon' {
  interface Options {
    url: string;
    method: 'POST';
    headers: Record<string, string>;
    body: string;
    expectBody: string;
    connections: number;
    /** Seconds. */
    duration: number;
  }
  interface Result {
    requests: { total: number };
    latency: { p50: number; p99: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    mismatches: number;
  }
  function autocannon(options: Options): Promise<Result>;
  export = autocannon;
}
