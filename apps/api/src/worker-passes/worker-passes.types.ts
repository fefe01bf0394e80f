import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CommandInput, CommandPayload } from '../graphql/command-io';
import { DateTimeScalar } from '../graphql/date-time.scalar';

export const PassStatusEnum = { ACTIVE: 'ACTIVE', REVOKED: 'REVOKED', EXPIRED: 'EXPIRED' } as const;
registerEnumType(PassStatusEnum, { name: 'WorkerPassStatus', description: 'ACTIVE: it works at the gate; REVOKED or EXPIRED: it is refused.' });

@InputType()
export class IssueWorkerPassInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: "The worker's party; left out: your own. Only the worker's own party issues its passes." })
  workerPartyId?: string | null;
  @Field(() => ID) workerId!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Until when it works: after now, at most three years ahead; default a year.' })
  expiresAt?: Date | null;
}

@ObjectType({ description: "A worker's personal pass for the gate: tied to the worker, not to a chain; the log keeps only a hash of its id." })
export class WorkerPass {
  @Field({ description: 'Names the pass (to revoke it).' }) passId!: string;
  @Field(() => ID) workerPartyId!: string;
  @Field(() => ID) workerId!: string;
  @Field() workerName!: string;
  @Field({ description: 'The signed token the QR code holds; a site manager scans it (gateCheck, startWork with gate.pass).' }) token!: string;
  @Field(() => DateTimeScalar) issuedAt!: Date;
  @Field(() => DateTimeScalar) expiresAt!: Date;
  @Field(() => PassStatusEnum) status!: string;
}

@ObjectType()
export class IssueWorkerPassPayload extends CommandPayload {
  @Field(() => WorkerPass) pass!: WorkerPass;
  @Field({ description: 'The pass as a QR code: an SVG document holding the token.' }) qrSvg!: string;
}

@InputType()
export class RevokeWorkerPassInput extends CommandInput {
  @Field(() => ID, { nullable: true, description: "The worker's party; left out: your own." })
  workerPartyId?: string | null;
  @Field({ description: 'The passId issueWorkerPass or workerPasses answered.' }) passId!: string;
}

@ObjectType()
export class RevokeWorkerPassPayload extends CommandPayload {}
