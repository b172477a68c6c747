import { rosterDecider } from '@hyeopchi/committee/domain';
import {
  defineAggregate,
  defineCommand,
  foundByTheService,
  identifier,
  sector,
  text,
} from '@hyeopchi/contract-kit';
import { AccessRule } from '@hyeopchi/identity';
import { z } from 'zod';
import { inSpace } from '@hyeopchi/civic/contract';
import { rosterStream } from './committee-space';

/** The secretariat staffs the committees: it keeps their rosters, as admins may. */
const bySecretariat: AccessRule = { roles: ['admin', 'secretariat'] };

export const AppointMember = defineCommand(
  'committee',
  'AppointMember',
  z.object({ ...inSpace, memberId: identifier, name: text(200), sector }).strict(),
  {
    access: bySecretariat,
    description: "Appoint a member to a space's governance committee (the secretariat, admins).",
  },
);

export const RemoveMember = defineCommand(
  'committee',
  'RemoveMember',
  z.object({ ...inSpace, memberId: identifier }).strict(),
  {
    access: bySecretariat,
    description: "Remove a member from a space's governance committee (the secretariat, admins).",
  },
);

export const DesignateCoChairs = defineCommand(
  'committee',
  'DesignateCoChairs',
  z.object({ ...inSpace, coChairs: z.tuple([identifier, identifier]) }).strict(),
  {
    access: bySecretariat,
    description: "Designate the two co-chairs of a space's committee (the secretariat, admins).",
  },
);

/** Sent by the platform when civic creates a council: the council's committee exists from then on. */
export const EstablishCommittee = defineCommand(
  'committee',
  'EstablishCommittee',
  z.object({ spaceId: identifier }).strict(),
);

export const rosterAggregate = defineAggregate({
  context: 'committee',
  name: 'roster',
  decider: rosterDecider,
  streamId: ({ spaceId }) => rosterStream(spaceId),
  commands: [AppointMember, RemoveMember, DesignateCoChairs, EstablishCommittee],
  // the city's and the districts' committees stand without being established: civic's directory says which
  ...foundByTheService<{ standing: boolean }>(),
});
