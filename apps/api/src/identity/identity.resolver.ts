import { UseFilters } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphqlExceptionFilter } from '../errors/graphql-exception.filter';
import { CurrentCaller, RequestContext } from '../auth/current-caller.decorator';
import { Public } from '../auth/public.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Caller } from '@schakel/infrastructure';
import type { GraphqlContext } from '../auth/graphql-context';
import type { CommandContext } from '../core/command-runner';
import { commandContext, payloadOf } from '../graphql/command-io';
import { forbidden } from '@schakel/application';
import type { MemberView } from '@schakel/read-models';
import {
  AcceptInvitationInput,
  ChangeMemberRoleInput,
  InviteMemberInput,
  InviteMemberPayload,
  Me,
  Member,
  MemberPayload,
  OpenInvitation,
  RemoveMemberInput,
  Session,
  SignedIn,
} from './identity.types';
import { MembershipWrites } from './membership-writes';
import { OpenInvitations } from './open-invitations';
import { SignInService } from './sign-in.service';
import { Sessions } from './sessions';
import { clearedSessionCookie, sessionCookie } from './session-cookie';
import { SignInMailer } from './sign-in-mailer';

type RequestCtx = Pick<CommandContext, 'caller' | 'correlationId' | 'idempotencyKey'>;

@UseFilters(GraphqlExceptionFilter)
@Resolver()
export class IdentityResolver {
  constructor(
    private readonly memberships: MembershipWrites,
    private readonly signIn: SignInService,
    private readonly sessions: Sessions,
    private readonly mailer: SignInMailer,
    private readonly invitations: OpenInvitations,
  ) {}

  @Mutation(() => InviteMemberPayload, { description: 'Invites a person by e-mail to act for a party; the sign-in link is their invitation.' })
  @Roles('ADMIN', 'MANAGER')
  async inviteMember(@Args('input') input: InviteMemberInput, @RequestContext() request: RequestCtx): Promise<InviteMemberPayload> {
    const result = await this.memberships.invite(input, commandContext(request, input));
    let mailed = false;
    if (this.mailer.enabled && !result.replayed) {
      const link = await this.signIn.issueLink(result.email, `invite:${request.caller.userId}`);
      // The invitation is recorded either way; a mail server that fails shows as mailed: false.
      if (link) mailed = await this.mailer.send(result.email, link).then(() => true, (error: unknown) => this.mailer.warn(error));
    }
    return { ...payloadOf(result), invitationId: result.invitationId, userId: result.userId, mailed };
  }

  @Mutation(() => MemberPayload, { description: 'Changes a member\'s role (a MANAGER of the party, or an ADMIN); the party keeps an active MANAGER.' })
  @Roles('ADMIN', 'MANAGER')
  async changeMemberRole(@Args('input') input: ChangeMemberRoleInput, @RequestContext() request: RequestCtx): Promise<MemberPayload> {
    return payloadOf(await this.memberships.changeRole(input, commandContext(request, input)));
  }

  @Mutation(() => MemberPayload, { description: 'Removes a member: their sessions stop acting for the party at once.' })
  @Roles('ADMIN', 'MANAGER')
  async removeMember(@Args('input') input: RemoveMemberInput, @RequestContext() request: RequestCtx): Promise<MemberPayload> {
    return payloadOf(await this.memberships.remove(input, commandContext(request, input)));
  }

  @Mutation(() => MemberPayload, {
    description: 'Accepts one of your own open invitations (see myInvitations) without signing in again; signing in through a link or your company accepts them all.',
  })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @RequestContext() request: RequestCtx): Promise<MemberPayload> {
    return payloadOf(await this.memberships.accept(input, commandContext(request, input)));
  }

  @Query(() => [OpenInvitation], { description: 'Your invitations not accepted yet, with the name of the party that sent each.' })
  async myInvitations(@CurrentCaller() caller: Caller): Promise<OpenInvitation[]> {
    return this.invitations.of(caller.userId);
  }

  @Query(() => [Member], { description: 'The members of a party, invited and active (its MANAGERs, or an ADMIN).' })
  @Roles('ADMIN', 'MANAGER')
  async members(@Args('partyId', { type: () => ID }) partyId: string, @CurrentCaller() caller: Caller): Promise<Member[]> {
    const id = partyId.toLowerCase();
    if (caller.role !== 'ADMIN' && caller.partyId !== id) throw forbidden('MEMBER_MANAGER_REQUIRED', `Only a MANAGER of party ${id} may list its members.`);
    return (await this.memberships.members.members(id)).map(toMember);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sends a sign-in link (valid 15 minutes, once) to the address if it belongs to someone. Always answers true: it tells nobody whether an address has an account.',
  })
  async requestSignIn(@Args('email') email: string, @Context() ctx: GraphqlContext): Promise<boolean> {
    await this.signIn.request(email, ctx.req.ip ?? 'unknown');
    return true;
  }

  @Public()
  @Mutation(() => SignedIn, { description: 'Spends a sign-in code and sets the session cookie (HttpOnly, SameSite=Lax). Also: GET /auth/sign-in?code=….' })
  async completeSignIn(@Args('code') code: string, @Context() ctx: GraphqlContext): Promise<SignedIn> {
    const done = await this.signIn.complete(code, ctx.req.header('user-agent') ?? null, ctx.req.correlationId);
    ctx.req.res?.append('Set-Cookie', sessionCookie(done.cookieSecret, done.expiresAt, this.signIn.secureCookies));
    return { sessionId: done.sessionId, userId: done.userId, email: done.email, expiresAt: done.expiresAt };
  }

  @Mutation(() => Boolean, { description: 'Ends this session and clears the cookie (false for a bearer token: there is no session to end).' })
  async signOut(@CurrentCaller() caller: Caller, @Context() ctx: GraphqlContext): Promise<boolean> {
    if (!caller.sessionId) return false;
    await this.sessions.revoke(caller.userId, caller.sessionId);
    ctx.req.res?.append('Set-Cookie', clearedSessionCookie(this.signIn.secureCookies));
    return true;
  }

  @Query(() => Me, { description: 'Who you are signed in as: your name as your party knows you, and your role.' })
  async me(@CurrentCaller() caller: Caller): Promise<Me> {
    const member = caller.partyId ? await this.memberships.members.member(caller.partyId, caller.userId) : null;
    return { userId: caller.userId, name: member?.name ?? null, email: member?.email ?? null, role: caller.role, workerId: caller.workerId };
  }

  @Query(() => [Session], { description: 'Your live sessions, newest first.' })
  async mySessions(@CurrentCaller() caller: Caller): Promise<Session[]> {
    return (await this.sessions.ofUser(caller.userId)).map((s) => ({
      id: s.id,
      createdAt: new Date(s.createdAt),
      expiresAt: new Date(s.expiresAt),
      userAgent: s.userAgent,
      current: s.id === caller.sessionId,
    }));
  }

  @Mutation(() => Boolean, { description: 'Ends one of your sessions (e.g. a browser left signed in elsewhere).' })
  async revokeSession(@Args('id', { type: () => ID }) id: string, @CurrentCaller() caller: Caller): Promise<boolean> {
    await this.sessions.revoke(caller.userId, id);
    return true;
  }
}

function toMember(view: MemberView): Member {
  return { ...view, invitedAt: new Date(view.invitedAt), joinedAt: view.joinedAt ? new Date(view.joinedAt) : null };
}
