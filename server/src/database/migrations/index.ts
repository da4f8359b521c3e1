import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128000000_base } from './Migration20261128000000_base.js';
import { Migration20261128010000_cases_records } from './Migration20261128010000_cases_records.js';
import { Migration20261128020000_record_unit } from './Migration20261128020000_record_unit.js';
import { Migration20261128030000_devices } from './Migration20261128030000_devices.js';
import { Migration20261129000000_intake } from './Migration20261129000000_intake.js';
import { Migration20261129010000_approvals } from './Migration20261129010000_approvals.js';
import { Migration20261129020000_audit_checkpoints } from './Migration20261129020000_audit_checkpoints.js';
import { Migration20261129030000_notifications } from './Migration20261129030000_notifications.js';
import { Migration20261129040000_rate_limit } from './Migration20261129040000_rate_limit.js';
import { Migration20261129050000_supervision } from './Migration20261129050000_supervision.js';
import { Migration20261129060000_disclosures } from './Migration20261129060000_disclosures.js';
import { Migration20261129070000_archive } from './Migration20261129070000_archive.js';
import { Migration20261129071000_transfer_requirements } from './Migration20261129071000_transfer_requirements.js';
import { Migration20261129090000_media } from './Migration20261129090000_media.js';
import { Migration20261129100000_compliance } from './Migration20261129100000_compliance.js';
import { Migration20261201010000_archive_notices } from './Migration20261201010000_archive_notices.js';
import { Migration20261202000000_packages_in_fixity } from './Migration20261202000000_packages_in_fixity.js';
import { Migration20261202010000_stored_file_live_sha256 } from './Migration20261202010000_stored_file_live_sha256.js';
import { Migration20261203000000_transfer_check_runs } from './Migration20261203000000_transfer_check_runs.js';
import { Migration20261203010000_disposal_cancel_reason } from './Migration20261203010000_disposal_cancel_reason.js';
import { Migration20261204000000_unit_case_prefix_unique } from './Migration20261204000000_unit_case_prefix_unique.js';
import { Migration20261201000000_audit_sealing } from './Migration20261201000000_audit_sealing.js';
import { Migration20261130000000_violation_notifications } from './Migration20261130000000_violation_notifications.js';

/** The committed migrations, in order. A new migration file is added here too. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261128000000_base', class: Migration20261128000000_base },
  { name: 'Migration20261128010000_cases_records', class: Migration20261128010000_cases_records },
  { name: 'Migration20261128020000_record_unit', class: Migration20261128020000_record_unit },
  { name: 'Migration20261128030000_devices', class: Migration20261128030000_devices },
  { name: 'Migration20261129000000_intake', class: Migration20261129000000_intake },
  { name: 'Migration20261129010000_approvals', class: Migration20261129010000_approvals },
  { name: 'Migration20261129020000_audit_checkpoints', class: Migration20261129020000_audit_checkpoints },
  { name: 'Migration20261129030000_notifications', class: Migration20261129030000_notifications },
  { name: 'Migration20261129040000_rate_limit', class: Migration20261129040000_rate_limit },
  { name: 'Migration20261129050000_supervision', class: Migration20261129050000_supervision },
  { name: 'Migration20261129060000_disclosures', class: Migration20261129060000_disclosures },
  { name: 'Migration20261129070000_archive', class: Migration20261129070000_archive },
  {
    name: 'Migration20261129071000_transfer_requirements',
    class: Migration20261129071000_transfer_requirements,
  },
  { name: 'Migration20261129090000_media', class: Migration20261129090000_media },
  { name: 'Migration20261129100000_compliance', class: Migration20261129100000_compliance },
  {
    name: 'Migration20261130000000_violation_notifications',
    class: Migration20261130000000_violation_notifications,
  },
  { name: 'Migration20261201000000_audit_sealing', class: Migration20261201000000_audit_sealing },
  { name: 'Migration20261201010000_archive_notices', class: Migration20261201010000_archive_notices },
  { name: 'Migration20261202000000_packages_in_fixity', class: Migration20261202000000_packages_in_fixity },
  {
    name: 'Migration20261202010000_stored_file_live_sha256',
    class: Migration20261202010000_stored_file_live_sha256,
  },
  { name: 'Migration20261203000000_transfer_check_runs', class: Migration20261203000000_transfer_check_runs },
  { name: 'Migration20261203010000_disposal_cancel_reason', class: Migration20261203010000_disposal_cancel_reason },
  { name: 'Migration20261204000000_unit_case_prefix_unique', class: Migration20261204000000_unit_case_prefix_unique },
];
