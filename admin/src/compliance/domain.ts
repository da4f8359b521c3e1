import type { ComplianceKind } from '../gql/graphql';

const kindSet: Record<ComplianceKind, true> = {
  MISSING_RECORDING: true,
  NO_NOTICE: true,
  MISSING_OFFLOAD: true,
  LATE_UPLOAD: true,
  OVERDUE_TRANSFER: true,
  DENIED_ACCESS: true,
  UNUSUAL_ACCESS: true,
  FIXITY_FAILURE: true,
  OVERDUE_REQUEST: true,
};

/** Every kind of finding, in the order the reports show them. */
export const COMPLIANCE_KINDS = Object.keys(kindSet) as ComplianceKind[];

/** One colour per kind, the same in every chart and chip. */
export const KIND_COLOURS: Record<ComplianceKind, string> = {
  MISSING_RECORDING: '#c62828',
  NO_NOTICE: '#ef6c00',
  MISSING_OFFLOAD: '#6a1b9a',
  LATE_UPLOAD: '#ab47bc',
  OVERDUE_TRANSFER: '#1565c0',
  DENIED_ACCESS: '#37474f',
  UNUSUAL_ACCESS: '#00838f',
  FIXITY_FAILURE: '#ad1457',
  OVERDUE_REQUEST: '#2e7d32',
};

/** The months from the first of `from` to the one of `to` (YYYY-MM), oldest first. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
    if (months.length > 48) break;
  }
  return months;
}
