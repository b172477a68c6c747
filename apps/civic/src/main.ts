import { runServiceProcess } from '@hyeopchi/service-runtime';
import { civicService } from '@hyeopchi/services';

runServiceProcess(() => civicService, 4101).catch((error: unknown) => {
  console.error(
    `the civic service could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
