import { DomainError, memberRoles, normaliseEmail } from '@schakel/domain';
import { uuidv7 } from '@schakel/event-store';
import { loadConfig, type Caller } from '@schakel/infrastructure';
import { MembershipWrites, SignInMailer, SignInService, createApp } from '@schakel/api';
import { UsageError } from '../usage-error';
import { type CliCommand, parse } from './cli-command';

/** The installation's operator, acting as ADMIN from the machine itself. */
const OPERATOR: Caller = { userId: 'cli-operator', partyId: null, role: 'ADMIN', workerId: null };

export const inviteCommand: CliCommand = {
  summary: 'invite a person to act for a party and give them a sign-in link (e-mailed with SMTP_URL, else printed)',
  help: `schakel invite --email ADDRESS --party ID [--role MANAGER] [--name NAME] [--language nl] [--worker ID]
  Records the invitation (as the installation's operator) and makes a single-use sign-in link,
  valid 15 minutes. With SMTP_URL the link is e-mailed to the person; without, it is printed.
  A person who is already a member just gets a new link. An address in SCHAKEL_ADMIN_EMAILS
  needs no --party: it gets a link to sign in as ADMIN. ROLE is one of ${memberRoles.join(', ')}.`,
  async run(args) {
    const { values } = parse(args, {
      email: { type: 'string' },
      party: { type: 'string' },
      role: { type: 'string', default: 'MANAGER' },
      name: { type: 'string' },
      language: { type: 'string', default: 'nl' },
      worker: { type: 'string' },
    });
    if (!values.email) throw new UsageError('invite needs --email');
    let email: string;
    try {
      email = normaliseEmail(values.email);
    } catch {
      throw new UsageError(`--email ${values.email} is not an e-mail address`);
    }
    const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
    if (!values.party && !config.adminEmails.includes(email)) throw new UsageError('invite needs --party (only an address in SCHAKEL_ADMIN_EMAILS signs in without one)');
    const app = await createApp(config);
    await app.init();
    try {
      if (values.party) {
        try {
          const result = await app.get(MembershipWrites).invite(
            { partyId: values.party, email, name: values.name ?? email.split('@')[0], role: values.role ?? 'MANAGER', language: values.language ?? 'nl', workerId: values.worker ?? null },
            { caller: OPERATOR, correlationId: uuidv7() },
          );
          process.stdout.write(`invited ${email} as ${values.role} of party ${values.party} (user ${result.userId})\n`);
        } catch (error) {
          if (!(error instanceof DomainError && error.code === 'MEMBER_ALREADY_MEMBER')) throw new UsageError(error instanceof Error ? error.message : String(error));
          process.stdout.write(`${email} is already a member of party ${values.party}\n`);
        }
      }
      const link = await app.get(SignInService).issueLink(email, 'cli');
      if (!link) throw new UsageError(`too many sign-in links for ${email} in the last 15 minutes; try again later`);
      const mailer = app.get(SignInMailer);
      if (mailer.enabled) {
        await mailer.send(email, link);
        process.stdout.write(`sign-in link e-mailed to ${email} (valid 15 minutes, once)\n`);
      } else {
        process.stdout.write(`sign-in link for ${email} (valid 15 minutes, once):\n${link}\n`);
      }
      return 0;
    } finally {
      await app.close();
    }
  },
};
