import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../graphql/date-time.scalar';

@ObjectType({ description: 'One personal field Schakel holds about the person, opened with their key ("erased" once it is destroyed).' })
export class SubjectPersonalField {
  @Field(() => ID) eventId!: string;
  @Field() eventType!: string;
  @Field({ description: 'The field in the entry, e.g. name, description, recipient.address, changes.description.' }) field!: string;
  @Field({ description: 'NAME, CONTACT, HEALTH or TEXT.' }) kind!: string;
  @Field() value!: string;
  @Field(() => DateTimeScalar) occurredAt!: Date;
  @Field(() => DateTimeScalar) recordedAt!: Date;
}

@ObjectType({ description: 'An entry of the log that names the person.' })
export class SubjectEntry {
  @Field(() => ID) eventId!: string;
  @Field() type!: string;
  @Field() streamId!: string;
  @Field(() => ID, { nullable: true }) chainId!: string | null;
  @Field(() => String, { nullable: true }) chainName!: string | null;
  @Field(() => DateTimeScalar, { description: 'When it happened (valid time).' }) occurredAt!: Date;
  @Field(() => DateTimeScalar, { description: 'When Schakel recorded it (transaction time).' }) recordedAt!: Date;
}

@ObjectType({ description: 'A message Schakel sent (or failed to send) to the person.' })
export class SubjectDelivery {
  @Field(() => ID) deliveryId!: string;
  @Field({ description: 'SENT or FAILED.' }) status!: string;
  @Field() channel!: string;
  @Field() trigger!: string;
  @Field() address!: string;
  @Field(() => String, { nullable: true }) chainName!: string | null;
  @Field(() => DateTimeScalar) at!: Date;
}

@ObjectType({ description: 'A way in made for the person — a personal acknowledgement link, a worker pass, a membership — never its secret.' })
export class SubjectCredential {
  @Field({ description: 'ACKNOWLEDGEMENT_LINK, WORKER_PASS or MEMBERSHIP.' }) kind!: string;
  @Field(() => DateTimeScalar) madeAt!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) expiresAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) revokedAt!: Date | null;
  @Field(() => String, { nullable: true }) chainName!: string | null;
  @Field(() => String, { nullable: true, description: "For a membership: the member's user id and role." }) detail!: string | null;
}

@ObjectType({ description: "The person's erasure: their key is destroyed." })
export class SubjectErasure {
  @Field(() => Int, { description: 'Their number among the erased: they read as "erased person #n".' }) erasedAs!: number;
  @Field(() => DateTimeScalar, { nullable: true }) erasedAt!: Date | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

@ObjectType({ description: 'Everything Schakel holds about one person (GDPR art. 15), read from the log.' })
export class SubjectAccess {
  @Field(() => ID) subjectId!: string;
  @Field(() => ID) partyId!: string;
  @Field(() => DateTimeScalar) generatedAt!: Date;
  @Field({ description: 'The name Schakel holds, or "erased person #n".' }) shownAs!: string;
  @Field(() => SubjectErasure, { nullable: true, description: 'Set when the person was erased: their fields then read "erased".' }) erasure!: SubjectErasure | null;
  @Field(() => [SubjectPersonalField]) personalData!: SubjectPersonalField[];
  @Field(() => [SubjectEntry]) entries!: SubjectEntry[];
  @Field(() => [SubjectDelivery]) deliveries!: SubjectDelivery[];
  @Field(() => [SubjectCredential]) credentials!: SubjectCredential[];
}
