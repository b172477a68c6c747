import { ROSTER_STREAM, rosterDecider } from '@hyeopchi/committee/domain';
import { defineAggregate, defineCommand, identifier, sector, text } from '@hyeopchi/contract-kit';
import { AccessRule } from '@hyeopchi/identity';
import { z } from 'zod';

const byAdmins: AccessRule = { roles: ['admin'] };

export const AppointMember = defineCommand(
  'committee',
  'AppointMember',
  z.object({ memberId: identifier, name: text(200), sector }).strict(),
  { access: byAdmins, description: 'Appoint a member to the governance committee (admins).' },
);

export const RemoveMember = defineCommand(
  'committee',
  'RemoveMember',
  z.object({ memberId: identifier }).strict(),
  { access: byAdmins, description: 'Remove a member from the governance committee (admins).' },
);

export const DesignateCoChairs = defineCommand(
  'committee',
  'DesignateCoChairs',
  z.object({ coChairs: z.tuple([identifier, identifier]) }).strict(),
  { access: byAdmins, description: 'Designate the committee’s two co-chairs (admins).' },
);

export const rosterAggregate = defineAggregate({
  context: 'committee',
  name: 'roster',
  decider: rosterDecider,
  streamId: () => ROSTER_STREAM,
  commands: [AppointMember, RemoveMember, DesignateCoChairs],
});
