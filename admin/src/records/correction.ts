import { AV_KINDS, CONFIDENTIALITIES, SECRET_LEVELS, STAGES, oneOf } from '../common/domain';
import type { EnforcementRecord } from '../common/records';
import type { RecordMetadataInput } from '../gql/graphql';
import { bool, iso, text, type Values } from '../graphql/args';

/** The correctable metadata of a record in the form the server compares, from form values or the record. */
function metadataOf(v: Values, isAv: boolean): RecordMetadataInput {
  const confidentiality = oneOf(v.confidentiality, CONFIDENTIALITIES) ?? 'NONE';
  const longTerm = bool(v.longTerm) ?? false;
  return {
    title: text(v.title),
    stage: oneOf(v.stage, STAGES) ?? null,
    documentNumber: text(v.documentNumber) ?? null,
    issuedTo: text(v.issuedTo) ?? null,
    location: text(v.location) ?? null,
    deviceNumber: text(v.deviceNumber) ?? null,
    capturedFrom: iso(v.capturedFrom) ?? null,
    capturedTo: iso(v.capturedTo) ?? null,
    confidentiality,
    secretLevel: confidentiality === 'STATE_SECRET' ? (oneOf(v.secretLevel, SECRET_LEVELS) ?? null) : null,
    longTerm,
    longTermReason: longTerm ? (text(v.longTermReason) ?? null) : null,
    ...(isAv ? { partyNotified: bool(v.partyNotified) ?? null, officerId: text(v.officerId) ?? null } : {}),
  };
}

/** The fields of a correction that differ from the record as shown: nothing unchanged is sent. */
export function correctionOf(data: Values, previous: EnforcementRecord): RecordMetadataInput {
  const isAv = AV_KINDS.includes(previous.kind);
  const next = metadataOf(data, isAv) as Values;
  const before = metadataOf(previous, isAv) as Values;
  return Object.fromEntries(
    Object.entries(next).filter(([key, value]) => value !== undefined && value !== before[key]),
  );
}
