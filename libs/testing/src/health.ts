import { eventually } from './eventually';
import { RunningProcess } from './process';

/** GET /health on a local port; fails unless it answers 200. */
export async function healthOf<Report>(port: number): Promise<Report> {
  const response = await fetch(`http://127.0.0.1:${port}/health`);
  if (response.status !== 200) throw new Error(`health answered ${response.status}`);
  return (await response.json()) as Report;
}

/** Waits for a started process to answer its health check, or fails with what the process printed. */
export async function healthyAfterStart<Report>(started: RunningProcess, port: number): Promise<Report> {
  try {
    return await eventually(() => healthOf<Report>(port), 40_000, 100);
  } catch (error) {
    throw new Error(
      `no health on port ${port}: ${(error as Error).message}\nthe process printed:\n${started.output()}`,
    );
  }
}
