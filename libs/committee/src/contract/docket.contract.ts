import { docketDecider } from '@hyeopchi/committee/domain';
import { defineAggregate, defineCommand, identifier } from '@hyeopchi/contract-kit';
import { z } from 'zod';
import { agendaSource } from './agenda-source';

/** Sent by the platform when a department refers a proposal, or it reaches the public-forum tier. */
export const ProposeAgendaItem = defineCommand(
  'committee',
  'ProposeAgendaItem',
  z.object({ proposalId: identifier, source: agendaSource, reference: identifier }).strict(),
);

export const docketAggregate = defineAggregate({
  context: 'committee',
  name: 'docket',
  decider: docketDecider,
  streamId: ({ proposalId }) => `docket-${proposalId}`,
  commands: [ProposeAgendaItem],
});
