import type { GetListParams } from 'react-admin';
import type { MediaSetFieldsFragment, MediumType, VerificationKind } from '../gql/graphql';
import { pageArgs, required, type Values } from '../graphql/args';
import { request } from '../graphql/client';
import { requestErrors } from '../approvals/errors';
import {
  CreateMediaSetMutation,
  MediaDueForRecheckQuery,
  MediaSetQuery,
  MediaSetStatusQuery,
  MediaSetsQuery,
  RegisterMediumMutation,
} from '../graphql/media';

export type MediaSetRecord = MediaSetFieldsFragment;
export type MediaVolumeRecord = MediaSetRecord['volumes'][number];

export const MEDIUM_TYPES: MediumType[] = ['CD', 'DVD', 'BD', 'USB'];
/** A USB capacity is typed in MB (binary, as the server counts bytes). */
export const MB = 1024 * 1024;

const PREFIX = 'resources.mediaSets';
const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && !!x) : []);

export async function listMediaSets(params: GetListParams) {
  const { mediaSets } = await request(
    MediaSetsQuery,
    pageArgs(params, null, { field: 'createdAt', order: 'DESC' }),
    params.signal,
  );
  return { data: mediaSets.items, total: mediaSets.total };
}

export const getMediaSet = async (id: string, signal?: AbortSignal) =>
  (await request(MediaSetQuery, { id }, signal)).mediaSet;

export const mediaSetStatus = async (id: string, signal?: AbortSignal) =>
  (await request(MediaSetStatusQuery, { id }, signal)).mediaSet.status;

export async function listDueForRecheck(signal?: AbortSignal) {
  const { mediaDueForRecheck } = await request(MediaDueForRecheckQuery, {}, signal);
  return { data: mediaDueForRecheck, total: mediaDueForRecheck.length };
}

const createErrors = requestErrors(PREFIX, ['mediumType', 'capacity', 'caseIds', 'recordIds'], {
  capacity: 'capacityMb',
});

/** 制作介质: whole cases and/or records ticked one by one, onto the medium chosen. */
export async function createMediaSet(data: Values) {
  const mediumType = required(
    MEDIUM_TYPES.find((t) => t === data.mediumType),
    'mediumType',
  );
  const mb = Number(data.capacityMb);
  const input = {
    mediumType,
    caseIds: ids(data.caseIds),
    recordIds: ids(data.recordIds),
    capacity: mediumType === 'USB' && Number.isFinite(mb) && mb > 0 ? Math.round(mb * MB) : null,
  };
  return (await request(CreateMediaSetMutation, { input }).catch(createErrors)).createMediaSet;
}

export const registerMedium = async (volumeId: string, label: string, location: string) =>
  (
    await request(RegisterMediumMutation, { input: { volumeId, label, location } }).catch(
      requestErrors(PREFIX, ['label', 'location'], {}),
    )
  ).registerMedium;

/** What the server found of the bytes read back from a medium. */
export interface ReadBackResult {
  ok: boolean;
  kind: VerificationKind;
  sha256: string;
  size: number;
  expectedSha256: string;
  expectedSize: number;
  recheckDue: string | null;
  message: string;
}

/** A read-back refused (not a mismatch: that is a result); `message` is an i18n key. */
export class ReadBackError extends Error {
  constructor(
    key: string,
    readonly serverMessage: string,
  ) {
    super(key);
    this.name = 'ReadBackError';
  }
}

/**
 * Sends the file read from the medium, as is, to the volume's `verifyUrl` with the session; the
 * server hashes it as it streams and keeps only the result.
 */
export async function readBack(verifyUrl: string, file: Blob, kind: VerificationKind): Promise<ReadBackResult> {
  let response: Response;
  try {
    response = await fetch(`${verifyUrl}?kind=${kind}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: file,
    });
  } catch (e) {
    throw new ReadBackError('er.error.NETWORK', e instanceof Error ? e.message : String(e));
  }
  const body = (await response.json().catch(() => null)) as
    (ReadBackResult & { errors?: { message: string; extensions?: { code?: string } }[] }) | null;
  if (response.ok && body && typeof body.ok === 'boolean') return body;
  const error = body?.errors?.[0];
  const code = error?.extensions?.code;
  throw new ReadBackError(
    code ? `er.error.${code}` : response.status >= 500 ? 'er.error.SERVICE_UNAVAILABLE' : 'er.error.NETWORK',
    error?.message ?? `HTTP ${response.status}`,
  );
}
