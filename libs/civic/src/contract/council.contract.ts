import { COUNCIL_LIMITS, councilDecider, councilStream } from '@hyeopchi/civic/domain';
import { ID_RULE, defineAggregate, defineCommand, identifier, text } from '@hyeopchi/contract-kit';
import { z } from 'zod';

export const CreateCouncil = defineCommand(
  'civic',
  'CreateCouncil',
  z
    .object({
      councilId: identifier,
      nameKo: text(COUNCIL_LIMITS.name),
      nameEn: text(COUNCIL_LIMITS.name),
      theme: text(COUNCIL_LIMITS.theme),
    })
    .strict(),
  {
    access: { roles: ['admin', 'secretariat'] },
    description:
      'Create a thematic council: a governance space of its own, with its proposals, policies and committee (the secretariat, admins).',
    fields: {
      councilId: `Its space id for good ${ID_RULE}; not the city's (seoul) nor a district's.`,
      theme: 'What it deliberates, up to 2,000 characters.',
    },
  },
);

export const councilAggregate = defineAggregate({
  context: 'civic',
  name: 'council',
  decider: councilDecider,
  streamId: ({ councilId }) => councilStream(councilId),
  commands: [CreateCouncil],
});
