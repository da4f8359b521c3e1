import type { FileAccessMode, OpenRecordFileMutation as OpenRecordFileResult } from '../gql/graphql';
import { request } from '../graphql/client';
import { OpenRecordFileMutation } from '../graphql/files';

export type FileTicket = OpenRecordFileResult['openRecordFile'];

/** Opens a record's file to play (VIEW) or save (DOWNLOAD): the server checks the right and audits the access. */
export const openRecordFile = async (recordId: string, mode: FileAccessMode, version?: number): Promise<FileTicket> =>
  (await request(OpenRecordFileMutation, { recordId, mode, version })).openRecordFile;
