export default async function globalTeardown(): Promise<void> {
  const started =
    (globalThis as { hyeopchiTestTeardown?: (() => Promise<void>)[] }).hyeopchiTestTeardown ?? [];
  for (const stop of started.reverse()) await stop();
}
