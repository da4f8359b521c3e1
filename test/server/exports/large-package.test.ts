import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { queuedPackage } from '../../../bench/export/fixture.js';
import { ExportPackage, PackageStatus } from '../../../server/src/exports/export-package.entity.js';
import { AuditEvent } from '../../../server/src/audit/audit-event.entity.js';
import { FixityStatus, StoredFile } from '../../../server/src/files/stored-file.entity.js';
import type { FileStoreDisk } from '../../../server/src/files/store.js';
import { DisclosureType } from '../../../server/src/disclosures/disclosure.enums.js';
import { verifyBagZip } from '../../support/bagit-verify.js';
import { jpeg } from '../../support/media.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { rawStore } from '../../support/store.js';

const GIB = 1024 ** 3;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** A sparse file of `size` zero bytes with one marker byte (so two files differ), stored under its hashes. */
async function bigStoredFile(name: string, size: number, marker: number) {
  const file = path.join(server.config.dataDir, name);
  const fd = fs.openSync(file, 'wx');
  fs.ftruncateSync(fd, size);
  fs.writeSync(fd, Buffer.from([marker]), 0, 1, size - 1);
  fs.closeSync(fd);
  const sha256 = createHash('sha256');
  const sm3 = createHash('sm3');
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 4 << 20 }) as AsyncIterable<Buffer>) {
    sha256.update(chunk);
    sm3.update(chunk);
  }
  const placed = { sha256: sha256.digest('hex'), sm3: sm3.digest('hex'), size };
  await server.services.intake.store.place(file, placed.sha256);
  return placed;
}

it('packages 2 GiB with flat memory, as a bag an independent verifier accepts', async () => {
  const files = [await bigStoredFile('a.bin', GIB, 1), await bigStoredFile('b.bin', GIB, 2)];
  const id = await queuedPackage(server.services, server.em(), files);
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  await server.services.exports.build(server.services, server.em(), id);
  clearInterval(sampler);
  const pkg = await server.em().findOneOrFail(ExportPackage, { id });
  expect(pkg.error ?? null).toBeNull();
  expect(pkg.status).toBe(PackageStatus.READY);
  expect(pkg.size).toBeGreaterThan(2 * GIB);
  // Streaming holds a few MiB per stage; a package held in memory would add 2 GiB.
  expect(peak - before).toBeLessThan(256 * 1024 ** 2);
  const report = await server.services.intake.store.withLocalFile(pkg.sha256!, (zip) => verifyBagZip(zip));
  expect(report.errors).toEqual([]);
  expect(report.payloadBytes).toBe(2 * GIB);
  expect(report.payloadFiles).toBe(2);
}, 300_000);

it('refuses to give a package when a stored file no longer matches its hash, and marks the file', async () => {
  const good = await bigStoredFile('good.bin', 3 << 20, 3);
  const bad = await bigStoredFile('bad.bin', 3 << 20, 4);
  // Someone with disk access changes a stored byte (the store is read-only to the server, not to root).
  const raw = rawStore(server.services.intake.store);
  const changed = await raw.read(bad.sha256);
  changed[1000] = 9;
  await raw.write(bad.sha256, changed);
  const id = await queuedPackage(server.services, server.em(), [good, bad]);
  await server.services.exports.build(server.services, server.em(), id);
  const pkg = await server.em().findOneOrFail(ExportPackage, { id });
  expect(pkg.status).toBe(PackageStatus.FAILED);
  expect(pkg.error).toContain(bad.sha256);
  expect(pkg.sha256 ?? null).toBeNull();
  const stored = await server.em().findOneOrFail(StoredFile, { sha256: bad.sha256 });
  expect(stored.fixityStatus).toBe(FixityStatus.MISMATCH);
  const failed = await server.em().find(AuditEvent, { action: 'package.failed' });
  expect(failed.map((e) => e.details.packageId)).toContain(id);
});

it('checks a photo against its stored hash before making the watermarked copy for a party', async () => {
  const source = jpeg('2026:11:21 09:00:00');
  const bytes = fs.readFileSync(source);
  const placedPhoto = {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    sm3: createHash('sm3').update(bytes).digest('hex'),
    size: bytes.length,
  };
  await server.services.intake.store.placeCopy(source, placedPhoto.sha256);
  const changed = Buffer.from(bytes);
  changed[bytes.length - 10]! ^= 0xff;
  await rawStore(server.services.intake.store).write(placedPhoto.sha256, changed);
  const id = await queuedPackage(server.services, server.em(), [placedPhoto], {
    type: DisclosureType.PARTY_COPY,
    mediaType: 'image/jpeg',
  });
  await server.services.exports.build(server.services, server.em(), id);
  const pkg = await server.em().findOneOrFail(ExportPackage, { id });
  expect(pkg.status).toBe(PackageStatus.FAILED);
  expect(pkg.error).toContain(placedPhoto.sha256);
});

it('tells the console a failure it can act on in words, and any other only by a reference, never a server path', async () => {
  const file = await bigStoredFile('looping.bin', 1 << 20, 5);
  // A fault the archivist cannot act on (and whose system message names a server path): the stored
  // file has become a symbolic link to itself.
  const stored = (server.services.intake.store as FileStoreDisk).pathOf(file.sha256);
  fs.rmSync(stored);
  fs.symlinkSync(stored, stored);
  const id = await queuedPackage(server.services, server.em(), [file]);
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    await server.services.exports.build(server.services, server.em(), id);
    const pkg = await server.em().findOneOrFail(ExportPackage, { id });
    expect(pkg.status).toBe(PackageStatus.FAILED);
    const reference = /reference ([0-9a-f]{8})/.exec(pkg.error!)?.[1];
    expect(reference).toBeDefined();
    expect(pkg.error).not.toContain(server.config.dataDir);
    expect(pkg.error).not.toMatch(/ELOOP|\//);
    // The server log has the whole error under the same reference.
    const line = logged.mock.calls.find((c) => String(c[0]).includes(reference!));
    expect(String((line?.[1] as Error).message)).toContain('ELOOP');
    const [failed] = await server.em().find(AuditEvent, { action: 'package.failed', details: { packageId: id } });
    expect(JSON.stringify(failed!.details)).not.toContain(server.config.dataDir);
    expect(failed!.details.error).toBe(pkg.error);
  } finally {
    logged.mockRestore();
    fs.rmSync(stored);
  }
});

it('a build whose lease another instance took over leaves that instance’s finished package as it is', async () => {
  const file = await bigStoredFile('overtaken.bin', 64 << 20, 6);
  const id = await queuedPackage(server.services, server.em(), [file]);
  const sql = server.em().getConnection();
  const building = server.services.exports.build(server.services, server.em(), id);
  // While this build streams, another instance takes the package over and finishes it.
  for (let i = 0; i < 500; i++) {
    const [row] = await sql.execute<{ status: string }[]>('select status from export_package where id = ?', [id]);
    if (row?.status === 'BUILDING') break;
    await new Promise((r) => setTimeout(r, 5));
  }
  await sql.execute(
    `update export_package set build_token = gen_random_uuid(), status = 'READY', finished_at = now() where id = ?`,
    [id],
  );
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    await building;
  } finally {
    logged.mockRestore();
  }
  const pkg = await server.em().findOneOrFail(ExportPackage, { id });
  expect([pkg.status, pkg.error ?? null]).toEqual([PackageStatus.READY, null]);
  expect(await server.em().count(AuditEvent, { action: 'package.failed', details: { packageId: id } })).toBe(0);
});
