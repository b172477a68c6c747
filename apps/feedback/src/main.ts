import { runServiceProcess } from '@hyeopchi/command-processing';
import { feedbackService } from '@hyeopchi/feedback/service';

runServiceProcess(() => feedbackService, 4104).catch((error: unknown) => {
  console.error(
    `the feedback service could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
