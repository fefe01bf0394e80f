import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { noticeChannels, noticeTriggers, type NoticeChannel, type NoticeTrigger } from '@schakel/domain';
import { deliveryStatuses, noticeModes, type DeliveryStatus, type NoticeMode } from '@schakel/read-models';
import { DateTimeScalar } from '../graphql/date-time.scalar';

const enumOf = <T extends string>(values: readonly T[], name: string, description: string) => {
  const enumObject = Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
  registerEnumType(enumObject, { name, description });
  return enumObject;
};

export const NoticeTriggerEnum = enumOf(noticeTriggers, 'NoticeTrigger', 'Why Schakel tells someone (docs/notifications.md).');
export const NoticeModeEnum = enumOf(noticeModes, 'NoticeMode', 'IMMEDIATE: a message at once; DAILY_DIGEST: one mail a day (at SCHAKEL_DIGEST_HOUR, Dutch time) with the day\'s messages; OFF: none.');
export const NoticeChannelEnum = enumOf(noticeChannels, 'NoticeChannel', 'How Schakel sent a message.');
export const DeliveryStatusEnum = enumOf(
  deliveryStatuses,
  'DeliveryStatus',
  'PENDING: not sent yet (or retrying); SENT: the mail server or receiver took it (not: read); FAILED: bounced or given up; WITHDRAWN: no longer needed; OFF: the member turned it off.',
);

@InputType()
export class SetNoticePreferenceInput {
  @Field(() => ID, { description: 'The party you are a member of.' }) partyId!: string;
  @Field(() => NoticeTriggerEnum) trigger!: NoticeTrigger;
  @Field(() => NoticeModeEnum) mode!: NoticeMode;
}

@ObjectType({ description: 'Your choice for one kind of message.' })
export class NoticePreference {
  @Field(() => NoticeTriggerEnum) trigger!: NoticeTrigger;
  @Field(() => NoticeModeEnum) mode!: NoticeMode;
}

@InputType()
export class RegisterWebhookEndpointInput {
  @Field(() => ID) partyId!: string;
  @Field({ description: 'An https:// URL on the public internet.' }) url!: string;
  @Field(() => [NoticeTriggerEnum], { description: 'The messages it wants (personal links are never posted).' }) triggers!: NoticeTrigger[];
}

@ObjectType()
export class WebhookEndpoint {
  @Field(() => ID) id!: string;
  @Field() url!: string;
  @Field(() => [NoticeTriggerEnum]) triggers!: NoticeTrigger[];
  @Field(() => DateTimeScalar) createdAt!: Date;
}

@ObjectType({ description: 'A new endpoint and its signing secret: shown this once, never again.' })
export class RegisteredWebhookEndpoint {
  @Field(() => WebhookEndpoint) endpoint!: WebhookEndpoint;
  @Field({ description: 'HMAC-SHA256 key of the Schakel-Signature header (docs/notifications.md). Store it now.' }) secret!: string;
}

@ObjectType({ description: 'One message to one recipient: what, to whom, and what became of it.' })
export class NoticeDelivery {
  @Field(() => ID) id!: string;
  @Field(() => NoticeTriggerEnum) trigger!: NoticeTrigger;
  @Field(() => NoticeChannelEnum) channel!: NoticeChannel;
  @Field({ description: 'The e-mail address or the endpoint URL.' }) to!: string;
  @Field(() => String, { nullable: true, description: 'The chain the message is about, by name.' }) chainName!: string | null;
  @Field(() => DeliveryStatusEnum) status!: DeliveryStatus;
  @Field(() => Int) attempts!: number;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar, { description: 'When it is (or was) next tried.' }) nextAttemptAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) sentAt!: Date | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
}

@ObjectType()
export class NoticeDeliveryPage {
  @Field(() => Int) total!: number;
  @Field(() => [NoticeDelivery]) items!: NoticeDelivery[];
}
