import { Inject, UseFilters } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { badInput, forbidden, notFound } from '@schakel/application';
import { noticeTriggers, type NoticeTrigger } from '@schakel/domain';
import { uuidv7 } from '@schakel/event-store';
import { type AppConfig, type Caller, APP_CONFIG } from '@schakel/infrastructure';
import type { NoticeDeliveryRow, WebhookEndpointRow } from '@schakel/read-models';
import { GraphqlExceptionFilter } from '../errors/graphql-exception.filter';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { Roles } from '../auth/roles.decorator';
import { DEFAULT_PAGE, pageOffset, pageSize } from '../graphql/page-args';
import { NoticeOutbox } from './notice-outbox';
import {
  NoticeDelivery,
  NoticeDeliveryPage,
  NoticePreference,
  RegisteredWebhookEndpoint,
  RegisterWebhookEndpointInput,
  SetNoticePreferenceInput,
  WebhookEndpoint,
} from './notifications.types';
import { publicAddressesOf, refuseWebhookUrl, WebhookAddressRefused } from './webhook-address';
import { newWebhookSecret } from './webhook-signature';

/** Endpoints one party may register. */
export const MAX_ENDPOINTS_PER_PARTY = 10;

function ownParty(caller: Caller, partyId: string, what: string): string {
  const id = partyId.trim().toLowerCase();
  if (caller.partyId !== id) throw forbidden('NOTICE_PARTY_NOT_OWN', `Only a member of that party may ${what}.`);
  return id;
}

const toEndpoint = (row: WebhookEndpointRow): WebhookEndpoint => ({ id: row.id, url: row.url, triggers: row.triggers as NoticeTrigger[], createdAt: new Date(row.createdAt) });

/** Members' notification choices, their party's webhook endpoints, and the record of what was sent. */
@UseFilters(GraphqlExceptionFilter)
@Resolver()
export class NotificationsResolver {
  constructor(
    private readonly outbox: NoticeOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => NoticePreference, { description: 'Sets how you get a kind of message for your party: IMMEDIATE (the default), DAILY_DIGEST or OFF.' })
  @Roles('MANAGER', 'WORKER')
  async setNoticePreference(@Args('input') input: SetNoticePreferenceInput, @CurrentCaller() caller: Caller): Promise<NoticePreference> {
    const partyId = ownParty(caller, input.partyId, 'set its notification choices');
    await this.outbox.deliveries.setMode(partyId, caller.userId, input.trigger, input.mode, new Date().toISOString());
    return { trigger: input.trigger, mode: input.mode };
  }

  @Query(() => [NoticePreference], { description: 'Your choice for every kind of message, for your party (one per trigger).' })
  @Roles('MANAGER', 'WORKER')
  async noticePreferences(@Args('partyId', { type: () => ID }) partyId: string, @CurrentCaller() caller: Caller): Promise<NoticePreference[]> {
    const id = ownParty(caller, partyId, 'read its notification choices');
    const rows = await this.outbox.deliveries.preferences(id, caller.userId);
    return noticeTriggers.map((trigger) => ({ trigger, mode: rows.find((r) => r.trigger === trigger)?.mode ?? 'IMMEDIATE' }));
  }

  @Mutation(() => RegisteredWebhookEndpoint, { description: 'Registers an https endpoint of your party for signed webhooks; the secret is shown in this answer only.' })
  @Roles('MANAGER')
  async registerWebhookEndpoint(@Args('input') input: RegisterWebhookEndpointInput, @CurrentCaller() caller: Caller): Promise<RegisteredWebhookEndpoint> {
    const partyId = ownParty(caller, input.partyId, 'register its webhook endpoints');
    const url = input.url.trim();
    const refusal = refuseWebhookUrl(url, this.config.notifications);
    if (refusal) throw badInput(refusal.reason, refusal.message);
    const triggers = [...new Set(input.triggers)];
    if (triggers.length === 0) throw badInput('WEBHOOK_TRIGGERS_EMPTY', 'Name at least one kind of message the endpoint wants.');
    if (triggers.includes('WORKER_LINK') || triggers.includes('INSTRUCTION_SUPERSEDED') || triggers.includes('ACKNOWLEDGEMENTS_DUE')) {
      throw badInput(
        'WEBHOOK_TRIGGER_NOT_ALLOWED',
        "Personal links, stale acknowledgements and reminders before a start name a party's workers: they are e-mailed to the members, never posted to a webhook.",
      );
    }
    try {
      await publicAddressesOf(new URL(url).hostname, this.config.notifications);
    } catch (error) {
      if (error instanceof WebhookAddressRefused) throw badInput('WEBHOOK_URL_INTERNAL', `The webhook URL points into a private network: ${error.message}.`);
      throw badInput('WEBHOOK_URL_UNRESOLVED', `The webhook host ${new URL(url).hostname} could not be found.`);
    }
    if ((await this.outbox.deliveries.endpointsOf(partyId)).length >= MAX_ENDPOINTS_PER_PARTY) {
      throw badInput('WEBHOOK_ENDPOINT_LIMIT', `A party may register at most ${MAX_ENDPOINTS_PER_PARTY} webhook endpoints.`);
    }
    const row: WebhookEndpointRow = { id: uuidv7(), partyId, url, triggers, secret: newWebhookSecret(), createdBy: caller.userId, createdAt: new Date().toISOString() };
    await this.outbox.deliveries.addEndpoint(row);
    return { endpoint: toEndpoint(row), secret: row.secret };
  }

  @Query(() => [WebhookEndpoint], { description: `Your party's webhook endpoints (never their secrets). At most \`first\` (default ${DEFAULT_PAGE}) from \`offset\`.` })
  @Roles('MANAGER')
  async webhookEndpoints(
    @Args('partyId', { type: () => ID }) partyId: string,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @CurrentCaller() caller: Caller,
  ): Promise<WebhookEndpoint[]> {
    const id = ownParty(caller, partyId, 'list its webhook endpoints');
    const rows = await this.outbox.deliveries.endpointsOf(id);
    const from = pageOffset(offset);
    return rows.slice(from, from + pageSize(first)).map(toEndpoint);
  }

  @Query(() => NoticeDeliveryPage, {
    description: `Messages Schakel sent (or tried to send) to your party, newest first; \`endpointId\` narrows them to one webhook endpoint. At most \`first\` (default ${DEFAULT_PAGE}) from \`offset\`.`,
  })
  @Roles('MANAGER')
  async noticeDeliveries(
    @Args('partyId', { type: () => ID }) partyId: string,
    @Args('endpointId', { type: () => ID, nullable: true }) endpointId: string | null,
    @Args('first', { type: () => Int, defaultValue: DEFAULT_PAGE }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
    @CurrentCaller() caller: Caller,
  ): Promise<NoticeDeliveryPage> {
    const id = ownParty(caller, partyId, 'list the messages sent to it');
    const where = endpointId ? { partyId: id, endpointId: endpointId.trim().toLowerCase() } : { partyId: id };
    const page = await this.outbox.deliveries.page(where, pageSize(first), pageOffset(offset));
    const names = await this.outbox.deliveries.chainNames([...new Set(page.rows.flatMap((r) => (r.chainId ? [r.chainId] : [])))]);
    return { total: page.total, items: page.rows.map((row) => toDelivery(row, row.chainId ? (names.get(row.chainId) ?? null) : null)) };
  }

  @Mutation(() => NoticeDelivery, { description: 'Sends a webhook delivery of your party again (a new round, recorded again in the log).' })
  @Roles('MANAGER')
  async redeliverWebhook(@Args('deliveryId', { type: () => ID }) deliveryId: string, @CurrentCaller() caller: Caller): Promise<NoticeDelivery> {
    const id = deliveryId.trim().toLowerCase();
    const row = await this.outbox.deliveries.byId(id);
    // another party's delivery is as unknown as none
    if (!row || row.partyId !== caller.partyId || row.channel !== 'WEBHOOK') throw notFound('NOTICE_DELIVERY_NOT_FOUND', 'No webhook delivery of your party has that id.');
    if (row.status === 'PENDING') throw badInput('NOTICE_DELIVERY_PENDING', 'That delivery is still being sent; it can be sent again once it is sent or failed.');
    if (!(await this.outbox.deliveries.redeliver(id, new Date().toISOString()))) {
      throw badInput('NOTICE_DELIVERY_NOT_REDELIVERABLE', 'Only a sent or failed webhook delivery can be sent again.');
    }
    void this.outbox.flush().catch(() => 0);
    const names = await this.outbox.deliveries.chainNames(row.chainId ? [row.chainId] : []);
    return toDelivery((await this.outbox.deliveries.byId(id)) as NoticeDeliveryRow, row.chainId ? (names.get(row.chainId) ?? null) : null);
  }
}

function toDelivery(row: NoticeDeliveryRow, chainName: string | null): NoticeDelivery {
  return {
    id: row.id,
    trigger: row.trigger as NoticeTrigger,
    channel: row.channel as NoticeDelivery['channel'],
    to: row.address,
    chainName,
    status: row.status,
    attempts: row.attempts,
    createdAt: new Date(row.createdAt),
    nextAttemptAt: new Date(row.nextAttemptAt),
    sentAt: row.sentAt ? new Date(row.sentAt) : null,
    lastError: row.lastError,
  };
}
