import { Field, ObjectType } from '@nestjs/graphql';
import { TokenIdentity } from '../me';
import { DateTime } from '@hyeopchi/gateway-kit';

@ObjectType({
  description: "One of the demo's people, as the persona picker offers them (development only).",
})
export class Persona extends TokenIdentity {}

@ObjectType({ description: 'A development bearer token for a persona.' })
export class PersonaToken {
  @Field({ description: 'The bearer token: send it as "Authorization: Bearer <token>".' })
  token!: string;

  @Field(() => DateTime, { description: 'When the token stops being accepted.' })
  expiresAt!: Date;

  @Field(() => Persona, { description: 'Who the token says you are.' })
  persona!: Persona;
}
