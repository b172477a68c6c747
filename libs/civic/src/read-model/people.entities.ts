import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What the platform may say of a person in public, gathered from every context: the name they chose (civic), the
 * roster's name and seat (committee), the department they act for (department). Never their supports.
 */
@Entity('people')
export class PersonProfile {
  /** Their subject id: what other read models name them by, never shown to people. */
  @PrimaryColumn('text')
  id!: string;

  @Column('text', { name: 'display_name', nullable: true })
  displayName!: string | null;

  /** The role they chose their name in. */
  @Column('text', { name: 'named_as', nullable: true })
  namedAs!: string | null;

  @Column('text', { name: 'roster_name', nullable: true })
  rosterName!: string | null;

  @Column('boolean', { name: 'on_committee', default: false })
  onCommittee!: boolean;

  /** The department an officer last acted for. */
  @Column('text', { nullable: true })
  department!: string | null;
}

export const PersonRole = {
  citizen: 'citizen',
  official: 'official',
  committee_member: 'committee_member',
} as const;
export type PersonRole = keyof typeof PersonRole;
registerEnumType(PersonRole, {
  name: 'PersonRole',
  description:
    'What a person is here, in public: a citizen (civil society included), an official (department officers and heads, the secretariat, auditors, administrators) or a member of the governance committee.',
});

@ObjectType({
  description:
    'A person as anyone may see them: by the name they chose, or by their role alone. Officials and committee members have public profiles; a citizen who chose no name appears as "a citizen", never by their account id.',
})
export class Person {
  @Field(() => String, {
    nullable: true,
    description:
      'The name to show: the one they chose, else a committee member\'s name on the roster; null for a person who chose none (show their role instead, e.g. 시민 / "a citizen").',
  })
  displayName!: string | null;

  @Field(() => PersonRole, { description: 'What they are here.' })
  role!: PersonRole;

  @Field(() => String, {
    nullable: true,
    description: 'The department an official acts for (the one they last acted for), when known.',
  })
  department!: string | null;
}
