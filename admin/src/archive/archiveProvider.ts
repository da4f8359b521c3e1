import type { DataProvider, GetListParams } from 'react-admin';
import { ApiError } from '../graphql/client';
import type { RetentionRuleInput } from '../gql/graphql';
import { caseHolds, getDisposalList, listDisposalCandidates, listDisposalLists } from './disposalData';
import { caseTransfer, getTransfer, listRetentionRules, listTransfers, setRetentionRule } from './archiveData';
import { createMediaSet, getMediaSet, listDueForRecheck, listMediaSets } from './mediaData';

const lists: Record<string, (params: GetListParams) => Promise<unknown>> = {
  transfers: listTransfers,
  retentionRules: () => listRetentionRules(),
  disposalCandidates: listDisposalCandidates,
  disposalLists: listDisposalLists,
  mediaSets: listMediaSets,
  mediaRechecks: (params) => listDueForRecheck(params.signal),
};

/**
 * Adds transfers, the retention schedule, case holds, disposal and the long-term media register to a
 * data provider; other resources go to `base`.
 */
export function withArchive<T extends DataProvider>(base: T): T {
  return {
    ...base,
    getList: (resource, params) =>
      lists[resource] ? (lists[resource](params) as Promise<never>) : base.getList(resource, params),
    getOne: async (resource, params) => {
      if (resource === 'mediaSets') return { data: (await getMediaSet(String(params.id), params.signal)) as never };
      if (resource === 'transfers') return { data: (await getTransfer(String(params.id), params.signal)) as never };
      if (resource === 'disposalLists')
        return { data: (await getDisposalList(String(params.id), params.signal)) as never };
      if (resource === 'caseHolds') {
        const holds = await caseHolds(String(params.id), params.signal);
        return { data: { id: params.id, holds } as never };
      }
      if (resource === 'caseTransfers') {
        const transfer = await caseTransfer(String(params.id), params.signal);
        return { data: { id: params.id, transfer } as never };
      }
      if (resource === 'retentionRules') {
        const { data } = await listRetentionRules();
        const rule = data.find((r) => r.id === params.id);
        if (!rule) throw new ApiError('NOT_FOUND', 'No such retention rule');
        return { data: rule as never };
      }
      return base.getOne(resource, params);
    },
    create: async (resource, params) =>
      resource === 'mediaSets'
        ? { data: (await createMediaSet(params.data as Record<string, unknown>)) as never }
        : base.create(resource, params),
    update: async (resource, params) => {
      if (resource !== 'retentionRules') return base.update(resource, params);
      const d = params.data as RetentionRuleInput & Record<string, unknown>;
      const input: RetentionRuleInput = {
        procedure: d.procedure,
        period: d.period,
        transferDays: Number(d.transferDays),
        evidenceAvKeepsCasePeriod: !!d.evidenceAvKeepsCasePeriod,
        avStages: d.avStages ?? [],
        requirements: (d.requirements ?? []).map((r) => ({
          label: r.label,
          kinds: r.kinds ?? [],
          stage: r.stage || null,
        })),
      };
      return { data: (await setRetentionRule(input)) as never };
    },
  };
}
