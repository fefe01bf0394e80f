import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { CertificateScheme, CertificateStatus } from '@schakel/domain';
import { CommandInput, CommandPayload } from '../../graphql/command-io';
import { CertificateSchemeEnum, CertificateStatusEnum } from '../compliance-enums';

@InputType()
export class RecordCompanyCertificateInput extends CommandInput {
  @Field(() => ID, { description: 'The certified party: yours, or one your party registered.' })
  partyId!: string;

  @Field(() => String, { nullable: true, description: 'Your id for the certificate; recording the same id again replaces it (e.g. a suspension).' })
  certificateId?: string | null;

  @Field(() => CertificateSchemeEnum)
  scheme!: CertificateScheme;

  @Field(() => Int, { nullable: true, description: 'Safety Culture Ladder only: step 1–5.' })
  ladderStep?: number | null;

  @Field(() => String)
  registerNumber!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  issuedOn!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  validUntil!: string;

  @Field(() => CertificateStatusEnum, { defaultValue: 'VALID' })
  status!: CertificateStatus;
}

@ObjectType()
export class RecordCompanyCertificatePayload extends CommandPayload {}
