import { councilStream, departmentDecider, registeredDepartmentStream } from '@hyeopchi/civic/domain';
import { departmentAggregate } from '@hyeopchi/civic/contract';
import { AcceptedCommand, PreparedCommand, StreamReader, stateOf } from '@hyeopchi/command-processing';

type DepartmentCommand = AcceptedCommand<(typeof departmentAggregate.commands)[number]>;

/** The space each of `departments` serves, for those the directory registered (the others are left out). */
export async function registeredDepartmentSpaces(
  streams: StreamReader,
  departments: readonly string[],
): Promise<Record<string, string>> {
  const spaces: Record<string, string> = {};
  for (const department of departments) {
    const state = stateOf(
      departmentDecider,
      await streams.readStream(registeredDepartmentStream(department)),
    );
    if (state.status === 'registered') spaces[department] = state.spaceId;
  }
  return spaces;
}

/** A department serves a council only once the council is created: its stream says so. */
export async function prepareDepartmentCommand(
  command: DepartmentCommand,
  streams: StreamReader,
): Promise<PreparedCommand> {
  const { type, data } = command;
  if (type !== 'RegisterDepartment') return { data };
  const council = await streams.readStream(councilStream(data.spaceId));
  return { data: { ...data, councilFound: council.some(({ type }) => type === 'council.created.v1') } };
}
