/**
 * npm run user:create -- --login L --role R --org CODE [--scope CODE] [--name "…"]
 * The password is the first line of standard input, or USER_PASSWORD; it is never echoed, nor
 * trimmed. The login follows the admin pages' rule.
 * Like the server, it first brings the database up to date (and seeds an empty one).
 */
import { parseArgs } from 'node:util';
import { closeDatabase, DatabaseBusyError, databaseHandle } from '@/db/index';
import { organizationByCode } from '@/db/queries/reference';
import { createUser } from '@/db/queries/users';
import { prepareDatabase } from '@/db/setup';
import { ROLES, type Role } from '@/lib/domain/roles';
import { isWithin } from '@/lib/domain/scope';
import { LOGIN_RULE, loginOf, readPassword } from './user-create-input';

const MESSAGES: Record<string, string> = {
  login_taken: 'This login already exists.',
  unknown_org: 'Unknown organization code (--org).',
  unknown_scope: 'Unknown scope code (--scope).',
  scope_not_ancestor: 'The scope must be the organization itself or one of its ancestors.',
  too_short: 'The password is too short (at least 8 characters).',
  too_long: 'The password is too long (at most 128 characters).',
  same_as_login: 'The password must not be the login.',
  common: 'The password is too common.',
};

function fail(message: string): never {
  console.error(`user:create: ${message}`);
  process.exit(1);
}

async function main() {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (error) {
    fail(
      `${(error as Error).message}\nUsage: npm run user:create -- --login L --role R --org CODE [--scope CODE] [--name "…"]`,
    );
  }
  const { role, org, scope, name } = args.values;
  if (!args.values.login || !role || !org) fail('--login, --role and --org are required.');
  const login = loginOf(args.values.login) ?? fail(LOGIN_RULE);
  if (!ROLES.includes(role as Role)) fail(`Unknown role "${role}". Roles: ${ROLES.join(', ')}.`);
  const password = await readPassword(
    process.env,
    process.stdin,
    process.stdin.isTTY ? process.stderr : undefined,
  );
  if (!password) fail('No password: give it on the first line of standard input or in USER_PASSWORD.');

  let handle: ReturnType<typeof databaseHandle>;
  try {
    handle = databaseHandle();
    await prepareDatabase(handle);
  } catch (error) {
    if (error instanceof DatabaseBusyError) fail(error.message);
    throw error;
  }
  const organization = await organizationByCode(org);
  const scopeOrg = await organizationByCode(scope ?? org);
  if (!organization) fail(MESSAGES.unknown_org);
  if (!scopeOrg) fail(MESSAGES.unknown_scope);
  if (!isWithin(organization.path, scopeOrg.path)) fail(MESSAGES.scope_not_ancestor);
  const result = await handle.db.transaction((tx) =>
    createUser(tx, {
      login,
      role: role as Role,
      organizationId: organization.id,
      scopeId: scopeOrg.id,
      displayName: name ?? login,
      password,
      // the person who runs the command chooses this password for themselves
      mustChangePassword: false,
      actorId: null,
    }),
  );
  await closeDatabase();
  if (!result.ok) fail(MESSAGES[result.reason] ?? result.reason);
  console.log(`Created ${role} "${login}" in ${org} (scope ${scope ?? org}).`);
}

function parse() {
  return parseArgs({
    options: {
      login: { type: 'string' },
      role: { type: 'string' },
      org: { type: 'string' },
      scope: { type: 'string' },
      name: { type: 'string' },
    },
    strict: true,
  });
}

await main();
