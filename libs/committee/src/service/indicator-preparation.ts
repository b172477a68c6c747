import { masterPlanDecider } from '@hyeopchi/committee/domain';
import { indicatorAggregate } from '@hyeopchi/committee/contract';
import { AcceptedCommand, PreparedCommand, StreamReader, stateOf } from '@hyeopchi/command-processing';

type IndicatorContract = (typeof indicatorAggregate.commands)[number];

/** An indicator is defined under a detailed policy of the plan it names, as that plan's stream has it now. */
export async function prepareIndicatorCommand(
  command: AcceptedCommand<IndicatorContract>,
  streams: StreamReader,
): Promise<PreparedCommand> {
  if (command.type !== 'DefineIndicator') return { data: command.data };
  const plan = stateOf(masterPlanDecider, await streams.readStream(`master-plan-${command.data.planId}`));
  return { data: { ...command.data, planPolicies: plan.status === 'adopted' ? plan.policies : [] } };
}
