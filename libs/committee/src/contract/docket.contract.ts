import { docketDecider } from '@hyeopchi/committee/domain';
import { defineAggregate, defineCommand, identifier } from '@hyeopchi/contract-kit';
import { z } from 'zod';
import { agendaSource } from './agenda-source';
import { inSpace } from '@hyeopchi/civic/contract';

/**
 * Sent by the platform when a department refers a proposal, it reaches the public-forum tier, or another space's
 * committee moves it here (`fromSpaceId`).
 */
export const ProposeAgendaItem = defineCommand(
  'committee',
  'ProposeAgendaItem',
  z
    .object({
      proposalId: identifier,
      ...inSpace,
      source: agendaSource,
      reference: identifier,
      fromSpaceId: identifier.nullable().default(null),
    })
    .strict(),
);

export const docketAggregate = defineAggregate({
  context: 'committee',
  name: 'docket',
  decider: docketDecider,
  streamId: ({ proposalId }) => `docket-${proposalId}`,
  commands: [ProposeAgendaItem],
});
