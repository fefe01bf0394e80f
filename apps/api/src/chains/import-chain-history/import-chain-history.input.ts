import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@InputType({ description: 'A chain history file (docs/import.md): its text, as read from the file.' })
export class ImportChainHistoryInput {
  @Field({ description: 'The file\'s content (JSON, format schakel-chain-history/1). Its UTF-8 bytes are hashed (SHA-256) into every imported entry.' })
  content!: string;
}

@ObjectType()
export class ImportChainHistoryPayload {
  @Field(() => ID) chainId!: string;
  @Field(() => ID, { description: 'Names this import in the envelope of each entry it brought in.' }) importId!: string;
  @Field({ description: 'SHA-256 (hex) of the file\'s bytes.' }) sourceSha256!: string;
  @Field(() => Int, { description: 'Events recorded.' }) entries!: number;
  @Field({ description: 'The stream written to, chain-<id>.' }) streamId!: string;
  @Field(() => Int, { description: 'The chain stream\'s version after the import.' }) version!: number;
}
