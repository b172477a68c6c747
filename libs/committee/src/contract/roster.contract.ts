import { ROSTER_STREAM, rosterDecider } from '@hyeopchi/committee/domain';
import { defineAggregate, defineCommand, identifier, sector, text } from '@hyeopchi/contract-kit';
import { AccessRule } from '@hyeopchi/identity';
import { z } from 'zod';

/** The secretariat staffs the committee: it keeps the roster, as admins may. */
const bySecretariat: AccessRule = { roles: ['admin', 'secretariat'] };

export const AppointMember = defineCommand(
  'committee',
  'AppointMember',
  z.object({ memberId: identifier, name: text(200), sector }).strict(),
  {
    access: bySecretariat,
    description: 'Appoint a member to the governance committee (the secretariat, admins).',
  },
);

export const RemoveMember = defineCommand(
  'committee',
  'RemoveMember',
  z.object({ memberId: identifier }).strict(),
  {
    access: bySecretariat,
    description: 'Remove a member from the governance committee (the secretariat, admins).',
  },
);

export const DesignateCoChairs = defineCommand(
  'committee',
  'DesignateCoChairs',
  z.object({ coChairs: z.tuple([identifier, identifier]) }).strict(),
  {
    access: bySecretariat,
    description: 'Designate the committee’s two co-chairs (the secretariat, admins).',
  },
);

export const rosterAggregate = defineAggregate({
  context: 'committee',
  name: 'roster',
  decider: rosterDecider,
  streamId: () => ROSTER_STREAM,
  commands: [AppointMember, RemoveMember, DesignateCoChairs],
});
