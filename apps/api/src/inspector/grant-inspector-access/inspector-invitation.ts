import { Injectable } from '@nestjs/common';
import { normaliseEmail } from '@schakel/domain';
import { uuidv7 } from '@schakel/event-store';
import { badInput } from '@schakel/application';
import type { CommandContext } from '../../core/command-runner';
import { MembershipWrites } from '../../identity/membership-writes';
import { SignInMailer } from '../../identity/sign-in-mailer';
import { SignInService } from '../../identity/sign-in.service';

/** The inspector a grant names by e-mail: who they are, and whether they still need an invitation. */
export interface NamedInspector {
  readonly email: string;
  readonly userId: string;
  readonly name: string | null;
  readonly language: string;
  readonly alreadyMember: boolean;
}

/**
 * A grant may name the inspector by e-mail address: the grant is then for that person alone, and
 * if they are not yet a member of the inspectorate they are invited into it as INSPECTOR by the
 * grantor (allowed by the grant itself), and sent the sign-in link.
 */
@Injectable()
export class InspectorInvitation {
  constructor(
    private readonly memberships: MembershipWrites,
    private readonly signIn: SignInService,
    private readonly mailer: SignInMailer,
  ) {}

  /** Checks the address and name before anything is written. */
  async named(input: { inspectorEmail?: string | null; inspectorName?: string | null; inspectorLanguage?: string | null; inspectorUserId?: string | null }, inspectorPartyId: string): Promise<NamedInspector | null> {
    if (!input.inspectorEmail) return null;
    const email = normaliseEmail(input.inspectorEmail);
    const member = (await this.memberships.members.membershipsOfEmail(email)).find((m) => m.partyId === inspectorPartyId);
    const userId = member?.userId ?? (await this.memberships.members.userIdOfEmail(email)) ?? uuidv7();
    if (input.inspectorUserId && input.inspectorUserId !== userId) {
      throw badInput('GRANT_INSPECTOR_NAMED_TWICE', 'Name the inspector by e-mail address or by user, not both.');
    }
    const name = input.inspectorName?.trim() || null;
    if (!member && !name) throw badInput('GRANT_INSPECTOR_NAME_REQUIRED', `Give the inspector's name (inspectorName): ${email} is invited to the inspectorate with it.`);
    return { email, userId, name, language: input.inspectorLanguage ?? 'nl', alreadyMember: Boolean(member) };
  }

  /** Invites the inspector (when not yet a member) and mails the link; answers whether a mail went out. */
  async invite(inspector: NamedInspector, grant: { grantId: string; inspectorPartyId: string; grantedByPartyId: string }, context: CommandContext): Promise<{ invited: boolean; mailed: boolean }> {
    if (inspector.alreadyMember) return { invited: false, mailed: false };
    const result = await this.memberships.invite(
      { partyId: grant.inspectorPartyId, email: inspector.email, name: inspector.name!, role: 'INSPECTOR', language: inspector.language, userId: inspector.userId, viaGrant: grant },
      context,
    );
    if (!this.mailer.enabled || result.replayed) return { invited: true, mailed: false };
    const link = await this.signIn.issueLink(inspector.email, `grant:${context.caller.userId}`);
    if (!link) return { invited: true, mailed: false };
    const mailed = await this.mailer.send(inspector.email, link).then(() => true, (error: unknown) => this.mailer.warn(error));
    return { invited: true, mailed };
  }
}
