import { loadConfig, loadOrCreateJwtSecret, mintToken, tokenLifetimeSeconds, ROLES, type Role } from '@schakel/infrastructure';
import { UsageError } from '../usage-error';
import { type CliCommand, parse } from './cli-command';

export const tokenCommand: CliCommand = {
  summary: 'mint a development token with the local secret',
  help: `schakel token --role ROLE [--party ID] [--worker ID] [--user NAME] [--expires 12h]
  ROLE is one of ${ROLES.join(', ')}. Every role but ADMIN needs --party; WORKER also needs --worker.
  --expires is at most 30d. Development only: refused when NODE_ENV=production (people sign in: schakel invite).
  Uses SCHAKEL_JWT_SECRET, or the secret generated into the data folder on first start.`,
  async run(args) {
    const { values } = parse(args, {
      role: { type: 'string' },
      party: { type: 'string' },
      worker: { type: 'string' },
      user: { type: 'string' },
      expires: { type: 'string', default: '12h' },
    });
    const config = loadConfig();
    if (config.production) {
      throw new UsageError('development tokens are refused when NODE_ENV=production; invite people instead (schakel invite)');
    }
    try {
      tokenLifetimeSeconds(values.expires ?? '12h');
    } catch (error) {
      throw new UsageError(`--expires: ${(error as Error).message}`);
    }
    const role = (values.role ?? (values.party ? 'MANAGER' : 'ADMIN')) as Role;
    if (!ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
    if (role !== 'ADMIN' && !values.party) throw new UsageError(`a ${role} token needs --party`);
    if (role === 'WORKER' && !values.worker) throw new UsageError('a WORKER token needs --worker');
    const secret = loadOrCreateJwtSecret(config.dataDir, config.jwtSecret);
    const token = mintToken(secret, {
      userId: values.user ?? `dev-${role.toLowerCase()}${values.party ? '-' + values.party.slice(0, 8) : ''}`,
      partyId: values.party ?? null,
      role,
      workerId: values.worker ?? null,
      expiresIn: values.expires,
    });
    process.stdout.write(token + '\n');
    return 0;
  },
};
