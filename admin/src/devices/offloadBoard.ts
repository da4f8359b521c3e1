import { daysBetween } from '../common/dates';
import type { OffloadState } from '../gql/graphql';
import { addDays } from './deviceData';
import { worseState, type OffloadRecord } from './domain';

/** One cell of the board: a device's checkouts of one day, with the worst state among them. */
export interface BoardCell {
  state: OffloadState;
  uploads: number;
  totalSeconds: number;
  officers: string[];
  dueAt: string;
  checkouts: number;
}

export interface BoardRow {
  deviceId: string;
  number: string;
  unitName: string;
  cells: Record<string, BoardCell>;
}

/** The days from `from` to `to` (inclusive, oldest first); the server answers up to 92 days after `from`. */
export function daysOf(from: string, to: string, limit = 93): string[] {
  const count = Math.min(Math.max(daysBetween(from, to) + 1, 0), limit);
  return Array.from({ length: count }, (_, i) => addDays(from, i));
}

/** Devices × days (Art. 13): one row per device that was checked out in the window, by unit then number. */
export function buildBoard(offloads: OffloadRecord[]): BoardRow[] {
  const rows = new Map<string, BoardRow>();
  for (const o of offloads) {
    let row = rows.get(o.device.id);
    if (!row) {
      row = { deviceId: o.device.id, number: o.device.number, unitName: o.device.unit.name, cells: {} };
      rows.set(o.device.id, row);
    }
    const officer = o.checkout.officer?.displayName;
    const cell = row.cells[o.day];
    if (!cell) {
      row.cells[o.day] = {
        state: o.state,
        uploads: o.uploads,
        totalSeconds: o.totalSeconds,
        officers: officer ? [officer] : [],
        dueAt: o.dueAt,
        checkouts: 1,
      };
    } else {
      // Several checkouts of one device on one day share that day's records: count them once.
      cell.state = worseState(cell.state, o.state);
      cell.checkouts += 1;
      if (officer && !cell.officers.includes(officer)) cell.officers.push(officer);
    }
  }
  return [...rows.values()].sort(
    (a, b) => a.unitName.localeCompare(b.unitName, 'zh-CN') || a.number.localeCompare(b.number),
  );
}

/** How many offloads (checkouts) are in each state. */
export function countStates(offloads: OffloadRecord[]): Record<OffloadState, number> {
  const counts: Record<OffloadState, number> = { MISSING: 0, LATE: 0, PENDING: 0, UPLOADED: 0 };
  for (const o of offloads) counts[o.state] += 1;
  return counts;
}
