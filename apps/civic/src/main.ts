import { runServiceProcess } from '@hyeopchi/command-processing';
import { civicService } from '@hyeopchi/civic/service';

runServiceProcess(() => civicService, 4101).catch((error: unknown) => {
  console.error(
    `the civic service could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
