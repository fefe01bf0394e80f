import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Events a projection group could not apply, and the operator's decision to skip one. */
export class ProjectionFailure1795470000000 implements MigrationInterface {
  name = 'ProjectionFailure1795470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "projection_failure" ("projection_group" varchar(100) NOT NULL, "event_id" varchar(64) NOT NULL, "position" varchar(30) NOT NULL, "event_type" varchar(200) NOT NULL, "stream_id" varchar(200) NOT NULL, "stream_version" integer NOT NULL, "error" varchar(2000) NOT NULL, "attempts" integer NOT NULL, "failed_at" varchar(40) NOT NULL, "last_attempt_at" varchar(40) NOT NULL, "resolution" varchar(20), "resolved_at" varchar(40), "resolved_by" varchar(200), "resolution_note" varchar(1000), PRIMARY KEY ("projection_group", "event_id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "projection_failure"`);
  }
}
