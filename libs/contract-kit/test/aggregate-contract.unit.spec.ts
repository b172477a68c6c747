import { CommandMetadata, Decider } from '@hyeopchi/domain-kernel';
import { defineAggregate, defineCommand, foundByTheService, identifier, text } from '@hyeopchi/contract-kit';
import { z } from 'zod';

type LampCommand =
  | { type: 'InstallLamp'; data: { lampId: string; street: string }; metadata: CommandMetadata }
  | { type: 'RepairLamp'; data: { lampId: string; crew: readonly string[] }; metadata: CommandMetadata };
type LampEvent = { type: 'lamp.installed.v1'; data: { lampId: string } };
const lampDecider: Decider<LampCommand, LampEvent, { installed: boolean }> = {
  initialState: { installed: false },
  decide: (command) => [{ type: 'lamp.installed.v1', data: { lampId: command.data.lampId } }],
  evolve: () => ({ installed: true }),
};

const lampId = { lampId: identifier };
const InstallLamp = defineCommand('city', 'InstallLamp', z.object({ ...lampId, street: text(100) }).strict());
const RepairLamp = defineCommand('city', 'RepairLamp', z.object(lampId).strict());
const lamp = { context: 'city', name: 'lamp', decider: lampDecider, streamId: () => 'lamp' };

/** The checks are the compiler's: each `@ts-expect-error` below fails `tsc` (npm run typecheck) if it is not one. */
describe('an aggregate contract', () => {
  it('takes contracts whose data is what the decider takes, with what the service finds', () => {
    const aggregate = defineAggregate({
      ...lamp,
      commands: [InstallLamp, RepairLamp],
      ...foundByTheService<{ crew: readonly string[] }>(),
    });
    expect(aggregate.commands.map((command) => command.type)).toEqual(['InstallLamp', 'RepairLamp']);
    expect(aggregate.streamId({ lampId: 'l-1' })).toBe('lamp');
  });

  it('refuses, at compile time, a schema that lacks what the decider needs, a command it does not take, or a missing one', () => {
    const crewFound = foundByTheService<{ crew: readonly string[] }>();
    // @ts-expect-error -- RepairLamp's crew is neither in its schema nor found by the service
    defineAggregate({ ...lamp, commands: [InstallLamp, RepairLamp] });
    const Misspelt = defineCommand('city', 'InstalLamp', z.object(lampId).strict());
    // @ts-expect-error -- the decider has no InstalLamp
    defineAggregate({ ...lamp, commands: [Misspelt, RepairLamp], ...crewFound });
    const WrongType = defineCommand(
      'city',
      'InstallLamp',
      z.object({ ...lampId, street: z.number() }).strict(),
    );
    // @ts-expect-error -- street is text to the decider
    defineAggregate({ ...lamp, commands: [WrongType, RepairLamp], ...crewFound });
    // @ts-expect-error -- RepairLamp has no contract
    defineAggregate({ ...lamp, commands: [InstallLamp], ...crewFound });
  });
});
