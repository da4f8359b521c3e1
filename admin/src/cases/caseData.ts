import type { GetListParams } from 'react-admin';
import { today } from '../common/dates';
import { CASE_STATUSES, PARTY_KINDS, PROCEDURES, oneOf, someOf } from '../common/domain';
import { toCaseRecord, type CaseRecord } from '../common/records';
import type { CaseFilter, OpenCaseInput } from '../gql/graphql';
import { bool, day, nonEmpty, pageArgs, required, text, type Values } from '../graphql/args';
import { CaseQuery, CasesQuery, ConcludeCaseMutation, OpenCaseMutation } from '../graphql/cases';
import { inputErrorsUnder, request } from '../graphql/client';

/** The fields of the 立案 form the server may refuse, with messages under resources.cases.errors. */
const OPEN_FIELDS = [
  'unitId',
  'cause',
  'procedure',
  'openedOn',
  'handlingOfficerIds',
  'party.kind',
  'party.name',
  'party.idNumber',
  'party.phone',
  'party.address',
  'party.legalRepresentative',
];
const caseErrors = (fields: string[]) => inputErrorsUnder('resources.cases.errors', fields);

export const caseFilter = (f: Values): CaseFilter => ({
  q: text(f.q),
  unitId: text(f.unitId),
  officerId: text(f.officerId),
  procedures: nonEmpty(someOf(f.procedures, PROCEDURES)),
  statuses: nonEmpty(someOf(f.statuses, CASE_STATUSES)),
  openedFrom: day(f.openedFrom),
  openedTo: day(f.openedTo),
  overdueOn: bool(f.overdue) ? today() : undefined,
});

export async function listCases(params: GetListParams) {
  const args = {
    ...pageArgs(params, null, { field: 'openedOn', order: 'DESC' }),
    filter: caseFilter((params.filter ?? {}) as Values),
  };
  const { cases } = await request(CasesQuery, args, params.signal);
  return { data: cases.items.map(toCaseRecord), total: cases.total };
}

export const getCase = async (id: string, signal?: AbortSignal) =>
  toCaseRecord((await request(CaseQuery, { id }, signal)).case);

function openInput(data: Values): OpenCaseInput {
  const party = (data.party ?? {}) as Values;
  const kind = required(oneOf(party.kind, PARTY_KINDS), 'party.kind');
  return {
    unitId: required(text(data.unitId), 'unitId'),
    cause: required(text(data.cause), 'cause'),
    procedure: required(oneOf(data.procedure, PROCEDURES), 'procedure'),
    openedOn: day(data.openedOn),
    handlingOfficerIds: Array.isArray(data.handlingOfficerIds) ? data.handlingOfficerIds.map(String) : [],
    party: {
      kind,
      name: required(text(party.name), 'party.name'),
      idNumber: text(party.idNumber)?.toUpperCase(),
      phone: text(party.phone),
      address: text(party.address),
      legalRepresentative: kind === 'ORGANISATION' ? text(party.legalRepresentative) : undefined,
    },
  };
}

/** 立案: the server numbers the case per unit and year. */
export const openCase = async (data: Values): Promise<CaseRecord> =>
  toCaseRecord((await request(OpenCaseMutation, { input: openInput(data) }).catch(caseErrors(OPEN_FIELDS))).openCase);

/** 终结 on a date (today when left out): the server sets the transfer deadline. */
export const concludeCase = async (id: string, concludedOn?: string): Promise<CaseRecord> =>
  toCaseRecord(
    (await request(ConcludeCaseMutation, { id, concludedOn: day(concludedOn) }).catch(caseErrors(['concludedOn'])))
      .concludeCase,
  );
