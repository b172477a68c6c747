import { AuditLogResolver } from './audit/audit-log.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { CommandAcceptedResolver } from './commands/command-accepted.resolver';
import { CONTEXT_RESOLVERS } from './contexts';
import { MeResolver } from './me.resolver';
import { PersonaResolver } from './sign-in/persona.resolver';
import { SignInResolver } from './sign-in/sign-in.resolver';
import { SubscriptionsResolver } from './subscriptions.resolver';

/** Every resolver of the gateway: the running gateway and schema.graphql are built from this one list. */
export const GATEWAY_RESOLVERS = [
  MeResolver,
  SignInResolver,
  PersonaResolver,
  CommandAcceptedResolver,
  ...CONTEXT_RESOLVERS,
  SubscriptionsResolver,
  AuditResolver,
  AuditLogResolver,
];
