import type {
  ApplicantRelation,
  BodyKind,
  DeliveryMethod,
  DisclosureFieldsFragment,
  DisclosureStatus,
  DisclosureSummaryFieldsFragment,
  DisclosureType,
  ExclusionReason,
  ItemDecision,
  PackageStatus,
} from '../gql/graphql';

export type DisclosureRecord = DisclosureFieldsFragment;
export type DisclosureRow = DisclosureSummaryFieldsFragment;
export type DisclosureItemRecord = DisclosureFieldsFragment['items'][number];
export type PackageRecord = DisclosureFieldsFragment['packages'][number];

/** The two queues: one resource each, one GraphQL type behind both. */
export const RESOURCE_OF: Record<DisclosureType, 'externalRequests' | 'copyApplications'> = {
  EXTERNAL: 'externalRequests',
  PARTY_COPY: 'copyApplications',
};
export const TYPE_OF: Record<string, DisclosureType> = {
  externalRequests: 'EXTERNAL',
  copyApplications: 'PARTY_COPY',
};

export const STATUSES: DisclosureStatus[] = [
  'REGISTERED',
  'IN_APPROVAL',
  'RETURNED',
  'APPROVED',
  'PACKAGE_READY',
  'DELIVERED',
  'CLOSED',
  'REJECTED',
  'CANCELLED',
];
/** Not yet closed, rejected or cancelled: work still to do. */
export const OPEN: DisclosureStatus[] = [
  'REGISTERED',
  'IN_APPROVAL',
  'RETURNED',
  'APPROVED',
  'PACKAGE_READY',
  'DELIVERED',
];
/** Items can be decided and the request submitted. */
export const EDITABLE: DisclosureStatus[] = ['REGISTERED', 'RETURNED'];
/** Can still be withdrawn. */
export const CANCELLABLE: DisclosureStatus[] = ['REGISTERED', 'RETURNED', 'IN_APPROVAL'];
/** A package exists or may be built. */
export const APPROVED_ON: DisclosureStatus[] = ['APPROVED', 'PACKAGE_READY', 'DELIVERED', 'CLOSED'];

export const STATUS_COLOR: Record<DisclosureStatus, 'default' | 'info' | 'success' | 'error' | 'warning' | 'primary'> =
  {
    REGISTERED: 'default',
    IN_APPROVAL: 'info',
    RETURNED: 'warning',
    REJECTED: 'error',
    CANCELLED: 'default',
    APPROVED: 'primary',
    PACKAGE_READY: 'primary',
    DELIVERED: 'success',
    CLOSED: 'success',
  };

/** The stepper: 登记 → 审批中 → 已批准 → 材料包已生成 → 已交付 → 已办结. */
export const STEPS: DisclosureStatus[] = [
  'REGISTERED',
  'IN_APPROVAL',
  'APPROVED',
  'PACKAGE_READY',
  'DELIVERED',
  'CLOSED',
];
export const stepOf = (status: DisclosureStatus): number =>
  status === 'RETURNED' || status === 'CANCELLED'
    ? 0
    : status === 'REJECTED'
      ? 1
      : status === 'CLOSED'
        ? STEPS.length
        : STEPS.indexOf(status);

export const BODY_KINDS: BodyKind[] = [
  'PEOPLES_COURT',
  'RECONSIDERATION_BODY',
  'PROCURATORATE',
  'SUPERVISION_COMMISSION',
  'OTHER',
];
export const RELATIONS: ApplicantRelation[] = ['PARTY', 'AGENT'];
export const DECISIONS: ItemDecision[] = ['INCLUDE', 'EXCLUDE', 'INCLUDE_REDACTED'];
export const REASONS: ExclusionReason[] = ['STATE_SECRET', 'TRADE_SECRET', 'THIRD_PARTY_PRIVACY', 'OTHER_LEGAL_GROUND'];
export const METHODS: DeliveryMethod[] = ['IN_PERSON', 'POST', 'ELECTRONIC'];
export const ID_TYPES = [
  '居民身份证',
  '营业执照',
  '护照',
  '港澳居民来往内地通行证',
  '台湾居民来往大陆通行证',
  '统一社会信用代码证书',
];
export const BUILDING: PackageStatus[] = ['QUEUED', 'BUILDING'];

export const choicesOf = (values: readonly string[], prefix: string) =>
  values.map((id) => ({ id, name: `${prefix}.${id}` }));

const WATERMARKED = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/tiff'];
/** A photo or PDF (or a redacted copy that is one) gets a watermarked copy in a party's package. */
export const isWatermarked = (item: DisclosureItemRecord) =>
  WATERMARKED.includes((item.redacted ? item.redacted.file.mediaType : item.record?.file?.mediaType) ?? '');

export const isIncluded = (item: Pick<DisclosureItemRecord, 'decision'>) =>
  item.decision === 'INCLUDE' || item.decision === 'INCLUDE_REDACTED';
