import { runServiceProcess } from '@hyeopchi/command-processing';
import { departmentService } from '@hyeopchi/department/service';

runServiceProcess(departmentService, 4102).catch((error: unknown) => {
  console.error(
    `the department service could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
