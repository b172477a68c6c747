import { PERSON_LIMITS, personDecider } from '@hyeopchi/civic/domain';
import { defineAggregate, defineCommand, identifier, text } from '@hyeopchi/contract-kit';
import { AccessCheck, ROLES } from '@hyeopchi/identity';
import { z } from 'zod';

/** Nobody names someone else: the person is the caller. */
const ownName: AccessCheck = (identity, data) =>
  data.personId === identity.subject ? null : 'people choose their own public name only';

export const ChoosePublicName = defineCommand(
  'civic',
  'ChoosePublicName',
  z.object({ personId: identifier, displayName: text(PERSON_LIMITS.displayName) }).strict(),
  {
    access: { roles: ROLES, check: ownName },
    description:
      'Choose the name others see you by (anyone signed in): until you do, citizens appear as "a citizen", never by their account id.',
    fields: {
      personId: 'You (your subject id): nobody names someone else.',
      displayName: `Your public name, up to ${PERSON_LIMITS.displayName} characters.`,
    },
  },
);

export const personAggregate = defineAggregate({
  context: 'civic',
  name: 'person',
  decider: personDecider,
  streamId: ({ personId }) => `person-${personId}`,
  commands: [ChoosePublicName],
});
