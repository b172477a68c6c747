import { runServiceProcess } from '@hyeopchi/command-processing';
import { committeeService } from '@hyeopchi/committee/service';

runServiceProcess(() => committeeService, 4103).catch((error: unknown) => {
  console.error(
    `the committee service could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
