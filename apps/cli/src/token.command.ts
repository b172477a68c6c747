import { loadConfiguration } from '@hyeopchi/config';
import { ROLES, Role, issueToken, tokenVerificationFrom } from '@hyeopchi/identity';
import { Command, InvalidArgumentError, Option } from 'commander';

const collect = (value: string, previous: string[] = []) => [...previous, value];

function roles(value: string, previous: Role[] = []): Role[] {
  if (!(ROLES as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`expected one of ${ROLES.join(', ')}`);
  }
  return [...previous, value as Role];
}

function hours(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0)
    throw new InvalidArgumentError('expected a number of hours, more than 0');
  return parsed;
}

interface TokenOptions {
  sub: string;
  role: Role[];
  org: string[];
  department: string[];
  committee: boolean;
  hours: number;
}

/** `npx hyeopchi token`: a development token signed with this installation's HS256 secret. */
export function tokenCommand(): Command {
  return new Command('token')
    .description(
      'print a development bearer token (HS256, JWT_SECRET or this installation’s development secret)',
    )
    .requiredOption('--sub <id>', 'who the token is for')
    .addOption(
      new Option('--role <role>', `a role (repeatable): ${ROLES.join(', ')}`)
        .argParser(roles)
        .makeOptionMandatory(),
    )
    .option('--org <id>', 'an organization the subject belongs to (repeatable)', collect, [])
    .option('--department <id>', 'a department the subject works for (repeatable)', collect, [])
    .option('--committee', 'the subject sits on the governance committee', false)
    .option('--hours <n>', 'how long the token lasts (at most JWT_MAX_TOKEN_HOURS, 720 by default)', hours, 8)
    .action(async (options: TokenOptions) => {
      const config = loadConfiguration(process.env);
      if (options.hours > config.JWT_MAX_TOKEN_HOURS) {
        throw new Error(
          `--hours: at most ${config.JWT_MAX_TOKEN_HOURS}, the longest the platform accepts (JWT_MAX_TOKEN_HOURS)`,
        );
      }
      const verification = await tokenVerificationFrom(config);
      if (verification.algorithm !== 'HS256') {
        throw new Error(
          'with JWT_PUBLIC_KEY set, tokens come from your identity provider (RS256), not from here',
        );
      }
      const token = issueToken(
        {
          subject: options.sub,
          roles: options.role,
          organizations: options.org,
          departments: options.department,
          onCommittee: options.committee,
        },
        {
          secret: verification.secret,
          issuer: config.JWT_ISSUER,
          audience: config.JWT_AUDIENCE,
          expiresInSeconds: Math.round(options.hours * 3600),
        },
      );
      console.log(token);
    });
}
