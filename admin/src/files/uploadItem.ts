import type { RecordKind } from '../gql/graphql';
import { baseName } from './format';
import type { Refusal } from './refusal';

export type Phase = 'queued' | 'uploading' | 'paused' | 'retrying' | 'waiting' | 'done' | 'failed';

/** An upload of the same file that this browser started before (another page load) and did not finish. */
export interface Earlier {
  url: string | null;
  startedAt: string;
  caseId: string | null;
}

export interface UploadItem {
  key: string;
  file: File;
  title: string;
  kind: RecordKind;
  /** The user picked the kind for this file; a new default kind of the form leaves it alone. */
  kindChosen: boolean;
  phase: Phase;
  sent: number;
  /** Bytes per second over the last seconds, and seconds left at that pace. */
  speed: number | null;
  remaining: number | null;
  refusal: Refusal | null;
  retries: number;
  caseId: string | null;
  recordId: string | null;
  earlier: Earlier | null;
  /** Bytes the server already held when the earlier upload was picked up again. */
  resumedAt: number | null;
  /** The earlier upload had expired on the server: started anew with the details given then. */
  restarted: boolean;
}

/** A file just added: its title is its name without the extension. */
export const newItem = (key: string, file: File, kind: RecordKind): UploadItem => ({
  key,
  file,
  title: baseName(file.name),
  kind,
  kindChosen: false,
  phase: 'queued',
  sent: 0,
  speed: null,
  remaining: null,
  refusal: null,
  retries: 0,
  caseId: null,
  recordId: null,
  earlier: null,
  resumedAt: null,
  restarted: false,
});
