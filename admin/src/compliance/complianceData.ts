import type { DataProvider, GetListParams } from 'react-admin';
import { today } from '../common/dates';
import { someOf } from '../common/domain';
import type {
  ComplianceFilter,
  ComplianceItemsQuery,
  ComplianceKind,
  ComplianceSummaryQuery,
  EnforcementStage,
} from '../gql/graphql';
import { day, pageArgs, text, type Values } from '../graphql/args';
import { request } from '../graphql/client';
import {
  CaseRecordingGapsQuery,
  ComplianceItemsQuery as ItemsQuery,
  ComplianceSummaryQuery as SummaryQuery,
  ExplainRecordingGapMutation,
} from '../graphql/compliance';
import { COMPLIANCE_KINDS } from './domain';

export type ComplianceItem = ComplianceItemsQuery['complianceItems']['items'][number];
export type ComplianceSummary = ComplianceSummaryQuery['complianceSummary'] & { id: string };

/** The default period: the current month and the eleven before it (a year of trend). */
export function defaultPeriod(now = new Date()) {
  const to = today(now);
  const [y, m] = to.split('-').map(Number);
  const start = new Date(Date.UTC(y, m - 1 - 11, 1));
  return { from: start.toISOString().slice(0, 10), to };
}

/** The list's filter values as the server's ComplianceFilter (also the exports' query). */
export function complianceFilter(f: Values): ComplianceFilter {
  const period = defaultPeriod();
  const kinds = someOf(f.kinds, COMPLIANCE_KINDS);
  return {
    from: day(f.from) ?? period.from,
    to: day(f.to) ?? period.to,
    unitId: text(f.unitId) ?? null,
    officerId: text(f.officerId) ?? null,
    kinds: kinds.length ? kinds : null,
  };
}

/** The URL of the CSV or PDF of the findings of a filter (the session cookie signs it). */
export function reportUrl(format: 'csv' | 'pdf', filter: ComplianceFilter): string {
  const q = new URLSearchParams({ from: filter.from, to: filter.to });
  if (filter.unitId) q.set('unitId', String(filter.unitId));
  if (filter.officerId) q.set('officerId', String(filter.officerId));
  if (filter.kinds?.length) q.set('kinds', filter.kinds.join(','));
  return `/reports/compliance.${format}?${q.toString()}`;
}

export async function listComplianceItems(params: GetListParams) {
  const filter = complianceFilter((params.filter ?? {}) as Values);
  const { complianceItems } = await request(
    ItemsQuery,
    { filter, ...pageArgs(params, null, { field: 'at', order: 'DESC' }) },
    params.signal,
  );
  return { data: complianceItems.items, total: complianceItems.total };
}

/** The summary of a filter; its id is the filter itself (JSON), so each filter is cached apart. */
export async function getComplianceSummary(id: string, signal?: AbortSignal): Promise<ComplianceSummary> {
  const filter = JSON.parse(id) as ComplianceFilter;
  return { id, ...(await request(SummaryQuery, { filter }, signal)).complianceSummary };
}

export async function getRecordingGaps(caseId: string, signal?: AbortSignal) {
  const { case: found } = await request(CaseRecordingGapsQuery, { id: caseId }, signal);
  return { id: caseId, gaps: found.recordingGaps };
}

export const explainRecordingGap = (caseId: string, stage: EnforcementStage, explanation: string) =>
  request(ExplainRecordingGapMutation, { caseId, stage, text: explanation });

/**
 * Adds the compliance findings (a list), their summary and a case's recording gaps (getOne) to a
 * data provider; other resources go to `base`.
 */
export function withCompliance<T extends DataProvider>(base: T): T {
  return {
    ...base,
    getList: (resource, params) =>
      resource === 'complianceItems' ? (listComplianceItems(params) as Promise<never>) : base.getList(resource, params),
    getOne: async (resource, params) => {
      if (resource === 'complianceSummary')
        return { data: (await getComplianceSummary(String(params.id), params.signal)) as never };
      if (resource === 'recordingGaps')
        return { data: (await getRecordingGaps(String(params.id), params.signal)) as never };
      return base.getOne(resource, params);
    },
  };
}

export type { ComplianceKind };
