import { runServiceProcess } from '@hyeopchi/service-runtime';
import { departmentService } from '@hyeopchi/services';

runServiceProcess(departmentService, 4102).catch((error: unknown) => {
  console.error(
    `the department service could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
