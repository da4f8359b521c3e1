import type { EntityManager } from '@mikro-orm/postgresql';
import { seedDemo } from '../../seeds/demo.js';
import { Case } from '../../server/src/cases/case.entity.js';
import type { AuditService } from '../../server/src/audit/audit.service.js';
import type { Services } from '../../server/src/context.js';
import { DisclosureItem } from '../../server/src/disclosures/disclosure-item.entity.js';
import { Disclosure } from '../../server/src/disclosures/disclosure.entity.js';
import { DisclosureStatus, DisclosureType, ItemDecision } from '../../server/src/disclosures/disclosure.enums.js';
import { ExportPackage } from '../../server/src/exports/export-package.entity.js';
import { registerStoredFile } from '../../server/src/files/intake.service.js';
import { RecordVersion } from '../../server/src/records/record-version.entity.js';
import { EnforcementRecord } from '../../server/src/records/record.entity.js';
import { RecordKind } from '../../server/src/records/record.enums.js';
import { User } from '../../server/src/users/user.entity.js';

/** What kind of request, and the media type its files are registered with. */
export interface RequestOptions {
  type?: DisclosureType;
  mediaType?: string;
}

/** A file already in the store (placed under its SHA-256). */
export interface PlacedFile {
  sha256: string;
  sm3: string;
  size: number;
}

/**
 * An approved court request (调取) for one video record per given file, and its package queued:
 * what `ExportService.build` takes, without going through registration and approval (the bench
 * and the large-package test measure the packaging itself). Returns the package id. The files'
 * records go into a demo case of the 综合执法 unit (demo data is added if missing).
 */
export async function queuedPackage(
  services: Services,
  em: EntityManager,
  files: PlacedFile[],
  opts: RequestOptions = {},
): Promise<string> {
  const disclosureId = await approvedRequest(em, services.audit, files, opts);
  const archivist = await em.findOneOrFail(User, { username: 'archivist' });
  const disclosure = await em.findOneOrFail(Disclosure, { id: disclosureId });
  const pkg = em.create(ExportPackage, {
    disclosure,
    fileName: `${disclosure.number}.zip`,
    fileCount: files.length,
    requestedBy: archivist,
  });
  await em.flush();
  return pkg.id;
}

/** The approved request alone (its package is then asked for through the API). Returns its id. */
export async function approvedRequest(
  em: EntityManager,
  audit: AuditService,
  files: PlacedFile[],
  opts: RequestOptions = {},
): Promise<string> {
  const type = opts.type ?? DisclosureType.EXTERNAL;
  const mediaType = opts.mediaType ?? 'video/mp4';
  await seedDemo(em.fork(), audit, { cases: true });
  const archivist = await em.findOneOrFail(User, { username: 'archivist' });
  const officer = await em.findOneOrFail(User, { username: 'zhzf.officer1' }, { populate: ['unit'] });
  const c = await em.findOneOrFail(Case, { unit: officer.unit }, { orderBy: { number: 'asc' } });
  return em.transactional(async (tem) => {
    const disclosure = tem.create(Disclosure, {
      type,
      number: `${type === DisclosureType.EXTERNAL ? 'DQ' : 'FZ'}-BENCH-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`,
      ...(type === DisclosureType.PARTY_COPY ? { applicantName: '张三', partyCase: c } : {}),
      status: DisclosureStatus.APPROVED,
      unit: officer.unit,
      registeredBy: archivist,
      purpose: '基准测试：打包调取材料',
      bodyName: '某某县人民法院',
      letterNumber: '（2026）基准1号',
      concerning: '基准测试',
    });
    for (const [i, f] of files.entries()) {
      const stored = await registerStoredFile(tem, f, f.size, mediaType, `bench-${i}`, {
        durationSeconds: null,
        width: null,
        height: null,
        recordedAt: null,
      });
      const fields = {
        kind: mediaType.startsWith('video/') ? RecordKind.VIDEO : RecordKind.PHOTO,
        title: `基准录像 ${i + 1}`,
        fileId: stored.id,
        fileName: `bench-${i}`,
        officer,
        capturedFrom: new Date('2026-11-20T02:00:00Z'),
      };
      const record = tem.create(EnforcementRecord, { ...fields, case: c, unit: c.unit, createdBy: officer });
      tem.create(RecordVersion, { ...fields, record, version: 1, createdBy: officer });
      tem.create(DisclosureItem, { disclosure, seq: i + 1, record, decision: ItemDecision.INCLUDE });
    }
    await tem.flush();
    return disclosure.id;
  });
}
