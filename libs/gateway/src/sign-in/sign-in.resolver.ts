import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DEVELOPMENT_SIGN_IN, DevelopmentSignIn } from './development-sign-in';
import { Persona, PersonaToken } from './persona';

@Resolver()
export class SignInResolver {
  constructor(@Inject(DEVELOPMENT_SIGN_IN) private readonly signIn: DevelopmentSignIn | null) {}

  @Query(() => [Persona], {
    description:
      "The demo's people one may sign in as on a standalone development platform signing with its own secret; " +
      'empty wherever JWT_SECRET or JWT_PUBLIC_KEY is set, on a gateway of its own, and in production.',
  })
  personas(): Persona[] {
    return (this.signIn?.personas ?? []).map((identity) => Object.assign(new Persona(), identity));
  }

  @Mutation(() => PersonaToken, {
    description:
      'A development token for one of `personas` (8 hours). A NOT_AVAILABLE error where there are no personas, ' +
      'a BAD_USER_INPUT error for a subject that is not one.',
  })
  signInAsPersona(
    @Args('subject', { description: "The persona's subject id, such as kim-jiyoung." }) subject: string,
  ): PersonaToken {
    if (!this.signIn) {
      throw new GraphQLError(
        'signing in as a persona is for development: bring a token from your identity provider',
        { extensions: { code: 'NOT_AVAILABLE' } },
      );
    }
    const persona = this.signIn.personas.find((candidate) => candidate.subject === subject);
    if (!persona) {
      const known = this.signIn.personas.map((candidate) => candidate.subject).join(', ');
      throw new GraphQLError(`there is no persona "${subject}": choose one of ${known}`, {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    const { token, expiresAt } = this.signIn.tokenFor(persona, new Date());
    return Object.assign(new PersonaToken(), {
      token,
      expiresAt,
      persona: Object.assign(new Persona(), persona),
    });
  }
}
