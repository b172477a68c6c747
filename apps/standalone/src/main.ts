import { startStandalone } from '@hyeopchi/platform';

startStandalone().catch((error: unknown) => {
  console.error(`hyeopchi could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
