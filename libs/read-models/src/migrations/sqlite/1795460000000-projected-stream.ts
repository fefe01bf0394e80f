import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which version of each stream the projections have applied (read-your-writes across processes). */
export class ProjectedStream1795460000000 implements MigrationInterface {
  name = 'ProjectedStream1795460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "projected_stream" ("projection_group" varchar(100) NOT NULL, "stream_id" varchar(200) NOT NULL, "version" integer NOT NULL, PRIMARY KEY ("projection_group", "stream_id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "projected_stream"`);
  }
}
