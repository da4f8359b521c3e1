import { useTranslate } from 'react-admin';
import type { RecordKind } from '../gql/graphql';
import { isAvKind } from './metadata';
import type { Refusal } from './refusal';

const KNOWN = new Set([
  'NETWORK',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'INVALID_STATE',
  'GONE',
  'CONFLICT',
  'CHANGED_MEANWHILE',
  'LOCKED',
  'SERVICE_UNAVAILABLE',
  'INSUFFICIENT_STORAGE',
]);
const OWN_FIELDS = new Set(['filename', 'size', 'officerId', 'capturedFrom', 'capturedTo', 'partyNotified']);

const family = (kind: RecordKind) =>
  !isAvKind(kind) ? 'TEXT' : kind === 'SURVEILLANCE' ? 'VIDEO' : (kind as 'VIDEO' | 'AUDIO' | 'PHOTO');

/** The server's refusal of an upload (or the network's), in the console's language. */
export function useRefusalText() {
  const translate = useTranslate();
  return (refusal: Refusal, kind: RecordKind): string => {
    const key = `resources.uploads.refused.${KNOWN.has(refusal.code) ? refusal.code : 'HTTP'}`;
    if (refusal.code === 'BAD_USER_INPUT') {
      const field = refusal.field ?? '';
      const fieldKey = OWN_FIELDS.has(field)
        ? `resources.uploads.errors.${field}`
        : `resources.records.errors.${field}`;
      const problem = translate(fieldKey, { _: translate('er.error.BAD_USER_INPUT') });
      return translate(key, { problem });
    }
    if (refusal.code === 'UNSUPPORTED_MEDIA_TYPE') {
      return translate(key, {
        kind: translate(`er.recordKind.${kind}`),
        accepts: translate(`resources.uploads.accepts.${family(kind)}`),
        detected: refusal.detected ?? translate('resources.uploads.refused.unknown_type'),
      });
    }
    return translate(key, { status: refusal.status });
  };
}
