import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Whether the worker reads the language of an acknowledgement; rows from before were understood. */
export class AcknowledgementUnderstood1796616410800 implements MigrationInterface {
  name = 'AcknowledgementUnderstood1796616410800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "instruction_acknowledgement" ADD "understood" boolean NOT NULL DEFAULT true`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "instruction_acknowledgement" DROP COLUMN "understood"`);
  }
}
