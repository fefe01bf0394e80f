import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { CertificateScheme } from '@schakel/domain';
import { CommandInput, CommandPayload } from '../../graphql/command-io';
import { CertificateSchemeEnum } from '../compliance-enums';

@InputType()
export class SetLinkRequirementsInput extends CommandInput {
  @Field(() => ID)
  chainId!: string;

  @Field(() => ID, { description: 'A link you hold.' })
  linkId!: string;

  @Field(() => CertificateSchemeEnum, { nullable: true })
  minimumCertificate?: CertificateScheme | null;

  @Field(() => Int, { nullable: true, description: 'Safety Culture Ladder step 1–5.' })
  minimumLadderStep?: number | null;

  @Field(() => Boolean, { defaultValue: true })
  maySubcontract!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: 'Every worker on the link needs a VCA diploma younger than 10 years.' })
  workerDiplomaRequired!: boolean;
}

@ObjectType()
export class SetLinkRequirementsPayload extends CommandPayload {}
