import { MEDIUM_CAPACITY, MediumType } from './archive.enums.js';

/**
 * Share of a medium kept free for its file system (ISO 9660/UDF descriptors and directories on a
 * disc, FAT/exFAT tables on a stick) and for the burning tool's own rounding.
 */
export const FILE_SYSTEM_MARGIN = 0.03;

/** Bytes of a medium a volume's zip may take: its capacity less the file-system margin. */
export const usableBytes = (capacity: number) => Math.floor(capacity * (1 - FILE_SYSTEM_MARGIN));

const ZIP_ENTRY_FIXED = 30 + 46 + 24 + 2 * 28;
const ZIP_END = 22 + 56 + 20;

/**
 * The most a stored (uncompressed) zip entry named `name` adds beyond its bytes: local header, data
 * descriptor and central directory entry, with room for their ZIP64 extras.
 */
export const zipEntryOverhead = (name: string) => ZIP_ENTRY_FIXED + 2 * Buffer.byteLength(name, 'utf8');

/**
 * An upper bound of a zip's size: payload entries stored as they are, tag entries deflated (which can
 * grow incompressible text by a few bytes a block), plus the end records.
 */
export function zipSizeBound(entries: { name: string; size: number; deflated?: boolean }[]): number {
  let total = ZIP_END;
  for (const e of entries) total += zipEntryOverhead(e.name) + e.size + (e.deflated ? (e.size >> 10) + 64 : 0);
  return total;
}

/** One thing to place on a medium: what it costs in bytes there (its bytes and everything it brings along). */
export interface PackItem<T> {
  item: T;
  /** Shown in the refusal when it fits no medium of the chosen size. */
  name: string;
  cost: number;
}

/** A file that no single medium of the chosen size can hold. */
export class TooLargeForMediumError extends Error {
  constructor(
    readonly itemName: string,
    readonly cost: number,
    readonly budget: number,
  ) {
    super(`${itemName} needs ${cost} bytes on the medium, more than one medium holds (${budget} bytes usable)`);
  }
}

/**
 * First-fit decreasing: the items, largest first, each into the first volume it fits, else a new
 * one. Whole files only (a file is never cut across media). Volumes come out in the order they were
 * opened, each with its items in that same largest-first order. Throws TooLargeForMediumError, naming
 * the first item (largest first) that fits no medium, before placing anything.
 */
export function packFirstFitDecreasing<T>(items: PackItem<T>[], budget: number): T[][] {
  const sorted = items
    .map((p, index) => ({ ...p, index }))
    // Stable for equal costs: the order given decides, so the same input always packs the same way.
    .sort((a, b) => b.cost - a.cost || a.index - b.index);
  const tooLarge = sorted.find((p) => p.cost > budget);
  if (tooLarge) throw new TooLargeForMediumError(tooLarge.name, tooLarge.cost, budget);
  const volumes: { free: number; items: T[] }[] = [];
  for (const p of sorted) {
    const volume = volumes.find((v) => v.free >= p.cost);
    if (volume) {
      volume.free -= p.cost;
      volume.items.push(p.item);
    } else volumes.push({ free: budget - p.cost, items: [p.item] });
  }
  return volumes.map((v) => v.items);
}

/** The smallest standard disc that would hold `cost` bytes as one file, else null (a USB stick, then). */
export function mediumFor(cost: number, reserve: number): MediumType | null {
  for (const type of [MediumType.CD, MediumType.DVD, MediumType.BD] as const)
    if (cost <= usableBytes(MEDIUM_CAPACITY[type]) - reserve) return type;
  return null;
}
