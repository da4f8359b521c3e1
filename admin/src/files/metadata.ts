import { AV_KINDS, CONFIDENTIALITIES, SECRET_LEVELS, STAGES, oneOf } from '../common/domain';
import type { RecordKind } from '../gql/graphql';
import { text, type Values } from '../graphql/args';
import { baseName, withOffset } from './format';

export const isAvKind = (kind: unknown) => AV_KINDS.includes(kind as RecordKind);

/**
 * The kind a dropped file gets: the form's kind, except that among audio/video kinds a photo,
 * a sound or a film goes to its own kind (so a day's camera card can be dropped at once).
 */
export function kindFor(file: File, chosen: RecordKind): RecordKind {
  if (!isAvKind(chosen)) return chosen;
  if (file.type.startsWith('video/')) return chosen === 'SURVEILLANCE' ? 'SURVEILLANCE' : 'VIDEO';
  if (file.type.startsWith('audio/')) return 'AUDIO';
  if (file.type.startsWith('image/')) return 'PHOTO';
  return chosen;
}

/**
 * The tus metadata of one file (all strings; see the server's `parseUploadMetadata`): the form's
 * shared values with the file's own name, title and kind. Audio/video carry the recording facts,
 * text kinds the document facts.
 */
export function uploadMetadata(
  values: Values,
  file: { name: string },
  title: string,
  kind: RecordKind,
): Record<string, string> {
  const meta: Record<string, string | undefined> = {
    filename: file.name,
    caseId: text(values.caseId),
    kind,
    title: text(title) ?? baseName(file.name),
    stage: oneOf(values.stage, STAGES),
    location: text(values.location),
  };
  if (isAvKind(kind)) {
    Object.assign(meta, {
      officerId: text(values.officerId),
      capturedFrom: withOffset(values.capturedFrom),
      capturedTo: withOffset(values.capturedTo),
      partyNotified: values.partyNotified === 'true' ? 'true' : values.partyNotified === 'false' ? 'false' : undefined,
      deviceNumber: text(values.deviceNumber),
    });
  } else {
    Object.assign(meta, { documentNumber: text(values.documentNumber), issuedTo: text(values.issuedTo) });
  }
  const confidentiality = oneOf(values.confidentiality, CONFIDENTIALITIES) ?? 'NONE';
  meta.confidentiality = confidentiality;
  if (confidentiality === 'STATE_SECRET') meta.secretLevel = oneOf(values.secretLevel, SECRET_LEVELS);
  const longTerm = values.longTerm === true;
  meta.longTerm = String(longTerm);
  if (longTerm) meta.longTermReason = text(values.longTermReason);
  return Object.fromEntries(Object.entries(meta).filter((entry): entry is [string, string] => !!entry[1]));
}
