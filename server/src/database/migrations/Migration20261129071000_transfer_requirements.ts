import { Migration } from '@mikro-orm/migrations';
import { DEFAULT_REQUIREMENTS, ON_SITE_STAGES } from '../../archive/requirements.js';

/** The documents each procedure's case file needs, and the on-site stages that need AV (四性: integrity). */
export class Migration20261129071000_transfer_requirements extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "archive_counter" alter column "kind" type varchar(100);`);
    this.addSql(
      `alter table "retention_rule" add column "requirements" jsonb not null default '[]', add column "av_stages" jsonb not null default '[]';`,
    );
    for (const [procedure, requirements] of Object.entries(DEFAULT_REQUIREMENTS))
      this.addSql(
        `update "retention_rule" set "requirements" = '${JSON.stringify(requirements)}', "av_stages" = '${JSON.stringify(ON_SITE_STAGES)}' where "procedure" = '${procedure}';`,
      );
    this.addSql(
      `alter table "retention_rule" alter column "requirements" drop default, alter column "av_stages" drop default;`,
    );
  }
}
