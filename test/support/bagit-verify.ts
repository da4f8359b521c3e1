// An independent BagIt 1.0 (RFC 8493) verifier for tests, written from the RFC and not from our bag writer, so a
// bug shared by the writer and its checker cannot hide.
import { createHash, getHashes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import yauzl from 'yauzl';

export interface BagReport {
  valid: boolean;
  errors: string[];
  warnings: string[];
  bagInfo: Record<string, string[]>;
  payloadFiles: number;
  payloadBytes: number;
  /** Algorithms of the payload manifests, e.g. ['sha256', 'sha512']. */
  manifests: string[];
}

type Kind = 'file' | 'dir' | 'symlink' | 'other';

interface SourceEntry {
  kind: Kind;
  size: number;
}

/** A bag's files by path relative to the bag root ('/'-separated), wherever they are stored. */
interface BagSource {
  entries: Map<string, SourceEntry>;
  /** Streams one file's bytes to onChunk; rejects if the bytes cannot be read or fail the container's own check. */
  read(rel: string, onChunk: (chunk: Buffer) => void): Promise<void>;
}

const PAYLOAD_MANIFEST = /^manifest-([^/]+)\.txt$/;
const TAG_MANIFEST = /^tagmanifest-([^/]+)\.txt$/;
const HEX = /^[0-9a-fA-F]+$/;

const q = (p: string) => JSON.stringify(p);

/** Checks an unzipped bag folder against RFC 8493: bagit.txt, every manifest and checksum, bag-info.txt and fetch.txt. */
export async function verifyBagDir(dir: string): Promise<BagReport> {
  const errors: string[] = [];
  const root = path.resolve(dir);
  let stat: fs.Stats;
  try {
    stat = await fs.promises.lstat(root);
  } catch (err) {
    return verify(undefined, [`cannot read the bag folder ${q(root)}: ${(err as Error).message}`]);
  }
  if (!stat.isDirectory()) return verify(undefined, [`${q(root)} is not a folder`]);
  const entries = new Map<string, SourceEntry>();
  const walk = async (abs: string, rel: string) => {
    for (const d of await fs.promises.readdir(abs, { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${d.name}` : d.name;
      const childAbs = path.join(abs, d.name);
      const s = await fs.promises.lstat(childAbs);
      const kind: Kind = s.isSymbolicLink() ? 'symlink' : s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other';
      entries.set(childRel, { kind, size: kind === 'file' ? s.size : 0 });
      if (kind === 'dir') await walk(childAbs, childRel);
    }
  };
  await walk(root, '');
  const source: BagSource = {
    entries,
    read: async (rel, onChunk) => {
      for await (const chunk of fs.createReadStream(path.join(root, ...rel.split('/')))) onChunk(chunk as Buffer);
    },
  };
  return verify(source, errors);
}

/** Checks a zipped bag (the bag at the zip's root or in its one top-level folder) like verifyBagDir, streaming each entry. */
export async function verifyBagZip(zipPath: string): Promise<BagReport> {
  const errors: string[] = [];
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(zipPath, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      strictFileNames: true,
      validateEntrySizes: true,
    });
  } catch (err) {
    return verify(undefined, [`cannot open ${q(zipPath)} as a zip: ${(err as Error).message}`]);
  }
  try {
    const named: { name: string; entry: yauzl.Entry }[] = [];
    const seen = new Set<string>();
    try {
      for await (const entry of zip.eachEntry()) {
        const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
        const bad = yauzl.validateFileName(name);
        if (bad) {
          errors.push(`zip entry ${q(name)} is unsafe: ${bad}`);
          continue;
        }
        if (seen.has(name)) errors.push(`zip has the entry ${q(name)} twice`);
        seen.add(name);
        if (entry.isEncrypted()) errors.push(`zip entry ${q(name)} is encrypted`);
        named.push({ name, entry });
      }
    } catch (err) {
      errors.push(`cannot read the zip's directory: ${(err as Error).message}`);
      return verify(undefined, errors);
    }

    const prefix = zipBagPrefix(named.map((n) => n.name));
    const entries = new Map<string, SourceEntry>();
    const zipEntries = new Map<string, yauzl.Entry>();
    const addDir = (rel: string) => {
      const existing = entries.get(rel);
      if (existing && existing.kind !== 'dir') errors.push(`zip has ${q(rel)} both as a file and as a folder`);
      else entries.set(rel, { kind: 'dir', size: 0 });
    };
    for (const { name, entry } of named) {
      if (!name.startsWith(prefix)) {
        errors.push(`zip entry ${q(name)} is outside the bag folder ${q(prefix)}`);
        continue;
      }
      const isDirName = name.endsWith('/');
      const rel = name.slice(prefix.length).replace(/\/$/, '');
      if (rel === '') continue;
      const parts = rel.split('/');
      for (let i = 1; i < parts.length; i++) addDir(parts.slice(0, i).join('/'));
      const kind = zipEntryKind(entry, isDirName);
      if (kind === 'dir') {
        addDir(rel);
        continue;
      }
      if (entries.get(rel)?.kind === 'dir') errors.push(`zip has ${q(rel)} both as a file and as a folder`);
      entries.set(rel, { kind, size: entry.uncompressedSize });
      zipEntries.set(rel, entry);
    }
    const source: BagSource = {
      entries,
      read: async (rel, onChunk) => {
        const entry = zipEntries.get(rel)!;
        let crc = 0;
        let bytes = 0;
        for await (const chunk of await zip.openReadStreamPromise(entry)) {
          const b = chunk as Buffer;
          crc = zlib.crc32(b, crc);
          bytes += b.length;
          onChunk(b);
        }
        if (bytes !== entry.uncompressedSize) {
          throw new Error(`zip entry has ${bytes} bytes, its header says ${entry.uncompressedSize}`);
        }
        if (crc >>> 0 !== entry.crc32 >>> 0) throw new Error('zip entry fails its CRC-32 check');
      },
    };
    return await verify(source, errors);
  } finally {
    zip.close();
  }
}

/** '' when bagit.txt is at the zip's root, else the one top-level folder that holds it (or holds everything). */
function zipBagPrefix(names: string[]): string {
  if (names.includes('bagit.txt')) return '';
  const holders = names.filter((n) => /^[^/]+\/bagit\.txt$/.test(n));
  if (holders.length === 1) return holders[0].slice(0, -'bagit.txt'.length);
  const tops = new Set(names.map((n) => n.split('/')[0]));
  if (tops.size === 1 && names.every((n) => n.includes('/'))) return `${[...tops][0]}/`;
  return '';
}

function zipEntryKind(entry: yauzl.Entry, isDirName: boolean): Kind {
  const madeOnUnix = entry.versionMadeBy >> 8 === 3;
  const type = (entry.externalFileAttributes >>> 16) & 0o170000;
  if (madeOnUnix && type !== 0) {
    if (type === 0o120000) return 'symlink';
    if (type === 0o040000) return 'dir';
    if (type !== 0o100000) return 'other';
  }
  return isDirName ? 'dir' : 'file';
}

/** Reads one whole tag file (small by nature) as UTF-8 text, reporting problems as errors. */
async function readText(
  source: BagSource,
  rel: string,
  errors: string[],
  warnings: string[],
): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  try {
    await source.read(rel, (c) => chunks.push(c));
  } catch (err) {
    errors.push(`cannot read ${rel}: ${(err as Error).message}`);
    return undefined;
  }
  let buf = Buffer.concat(chunks);
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    if (rel === 'bagit.txt') errors.push('bagit.txt starts with a byte-order mark, which RFC 8493 forbids');
    else warnings.push(`${rel} starts with a byte-order mark`);
    buf = buf.subarray(3);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    errors.push(`${rel} is not valid UTF-8`);
    return undefined;
  }
}

/** Lines of a tag file; LF, CR or CRLF; a final line break does not start another line. */
function lines(text: string): string[] {
  const out = text.split(/\r\n|\r|\n/);
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** Why a manifest path is unsafe or not normalized, or null when it is fine. */
function pathProblem(p: string): string | null {
  if (p === '') return 'is empty';
  if (p.includes('\\')) return 'uses a backslash (paths must use "/")';
  if (p.startsWith('/') || /^[A-Za-z]:/.test(p)) return 'is absolute';
  if (p.includes('\0')) return 'contains a NUL character';
  const parts = p.split('/');
  if (parts.includes('..')) return 'contains ".."';
  if (parts.includes('.') || parts.includes('')) return 'is not normalized (contains "." or an empty segment)';
  return null;
}

/** RFC 8493 §2.1.3: only CR, LF and % are percent-encoded in manifest paths. */
const decodePath = (p: string) =>
  p.replace(/%(0[aAdD]|25)/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

interface Manifest {
  file: string;
  alg: string;
  supported: boolean;
  /** Bag-relative path (decoded, as resolved in the bag when it exists) → checksum in lowercase. */
  entries: Map<string, string>;
}

async function parseManifest(
  source: BagSource,
  file: string,
  alg: string,
  kind: 'payload' | 'tag',
  resolve: (p: string) => string | undefined,
  errors: string[],
  warnings: string[],
): Promise<Manifest> {
  const supported = getHashes().includes(alg);
  const digestHexLength = supported ? createHash(alg).digest().length * 2 : undefined;
  const manifest: Manifest = { file, alg, supported, entries: new Map() };
  const text = await readText(source, file, errors, warnings);
  if (text === undefined) return manifest;
  lines(text).forEach((line, i) => {
    const at = `${file} line ${i + 1}`;
    if (line.trim() === '') {
      warnings.push(`${at} is blank`);
      return;
    }
    const m = /^(\S+)[ \t]+(.*)$/.exec(line);
    if (!m) {
      errors.push(`${at} is not "<checksum> <path>": ${q(line)}`);
      return;
    }
    const [, checksum, encoded] = m;
    if (!HEX.test(checksum)) errors.push(`${at}: checksum ${q(checksum)} is not hexadecimal`);
    else if (digestHexLength !== undefined && checksum.length !== digestHexLength) {
      errors.push(`${at}: checksum has ${checksum.length} hex digits, ${alg} has ${digestHexLength}`);
    }
    const p = decodePath(encoded);
    const problem = pathProblem(p);
    if (problem) {
      errors.push(`${at}: path ${q(encoded)} ${problem}`);
      return;
    }
    if (kind === 'payload' && !p.startsWith('data/')) {
      errors.push(`${at}: payload path ${q(p)} is not under data/`);
      return;
    }
    if (kind === 'tag' && p.startsWith('data/')) {
      errors.push(`${at}: a tag manifest must not list the payload file ${q(p)}`);
      return;
    }
    if (kind === 'tag' && p === file) {
      errors.push(`${at}: a tag manifest must not list itself`);
      return;
    }
    const actual = resolve(p);
    if (actual !== undefined && actual !== p) {
      warnings.push(`${at}: ${q(p)} matches ${q(actual)} in the bag only after Unicode normalization`);
    }
    const key = actual ?? p;
    if (manifest.entries.has(key)) errors.push(`${at}: ${q(p)} is listed twice`);
    manifest.entries.set(key, checksum.toLowerCase());
  });
  return manifest;
}

/** Streams one file once through every algorithm; undefined (with an error) when it cannot be read. */
async function digests(source: BagSource, rel: string, algs: string[], errors: string[]) {
  const hashes = algs.map((a) => createHash(a));
  try {
    await source.read(rel, (c) => hashes.forEach((h) => h.update(c)));
  } catch (err) {
    errors.push(`cannot read ${q(rel)}: ${(err as Error).message}`);
    return undefined;
  }
  return new Map(algs.map((a, i) => [a, hashes[i].digest('hex')]));
}

function parseBagInfo(text: string, errors: string[], warnings: string[]): Record<string, string[]> {
  const info: Record<string, string[]> = {};
  let last: { label: string; index: number } | undefined;
  lines(text).forEach((line, i) => {
    const at = `bag-info.txt line ${i + 1}`;
    if (line.trim() === '') {
      warnings.push(`${at} is blank`);
      last = undefined;
      return;
    }
    if (/^[ \t]/.test(line)) {
      if (!last) errors.push(`${at} is indented but continues no element: ${q(line)}`);
      else info[last.label][last.index] += ` ${line.trim()}`;
      return;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) {
      errors.push(`${at} is not "Label: value": ${q(line)}`);
      last = undefined;
      return;
    }
    const label = line.slice(0, colon);
    const rest = line.slice(colon + 1);
    if (label !== label.trim()) errors.push(`${at}: label ${q(label)} has surrounding whitespace`);
    if (rest !== '' && !/^[ \t]/.test(rest)) errors.push(`${at}: no space after the colon in ${q(line)}`);
    const key = label.trim();
    (info[key] ??= []).push(rest.slice(1));
    last = { label: key, index: info[key].length - 1 };
  });
  return info;
}

function checkBagInfo(
  info: Record<string, string[]>,
  payload: { files: number; bytes: number },
  errors: string[],
  warnings: string[],
) {
  const values = (label: string) =>
    Object.entries(info)
      .filter(([k]) => k.toLowerCase() === label.toLowerCase())
      .flatMap(([, v]) => v.map((s) => s.trim()));
  for (const label of ['Payload-Oxum', 'Bagging-Date', 'Bag-Count', 'Bag-Size']) {
    if (values(label).length > 1) {
      (label === 'Payload-Oxum' ? errors : warnings).push(`bag-info.txt: ${label} is given more than once`);
    }
  }
  const oxum = values('Payload-Oxum')[0];
  if (oxum !== undefined) {
    const m = /^(\d+)\.(\d+)$/.exec(oxum);
    if (!m) errors.push(`bag-info.txt: Payload-Oxum ${q(oxum)} is not "<octets>.<count>"`);
    else if (Number(m[1]) !== payload.bytes || Number(m[2]) !== payload.files) {
      errors.push(
        `bag-info.txt: Payload-Oxum is ${oxum} but the payload has ${payload.bytes} bytes in ${payload.files} files`,
      );
    }
  }
  const date = values('Bagging-Date')[0];
  if (date !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : undefined;
    if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
      errors.push(`bag-info.txt: Bagging-Date ${q(date)} is not a YYYY-MM-DD date`);
    }
  }
  const count = values('Bag-Count')[0];
  if (count !== undefined) {
    const m = /^(\d+) of (\d+|\?)$/.exec(count);
    if (!m) errors.push(`bag-info.txt: Bag-Count ${q(count)} is not "N of M" or "N of ?"`);
    else if (+m[1] < 1 || (m[2] !== '?' && +m[1] > +m[2])) {
      errors.push(`bag-info.txt: Bag-Count ${q(count)} is out of range`);
    }
  }
}

async function verify(source: BagSource | undefined, errors: string[]): Promise<BagReport> {
  const warnings: string[] = [];
  const report = (extra: Partial<BagReport> = {}): BagReport => ({
    valid: errors.length === 0,
    errors,
    warnings,
    bagInfo: {},
    payloadFiles: 0,
    payloadBytes: 0,
    manifests: [],
    ...extra,
  });
  if (!source) return report();
  const { entries } = source;
  const isFile = (p: string) => entries.get(p)?.kind === 'file';

  for (const [p, e] of entries) {
    if (e.kind === 'symlink') errors.push(`${q(p)} is a symbolic link; a bag must hold only regular files and folders`);
    if (e.kind === 'other') errors.push(`${q(p)} is not a regular file or folder`);
  }
  const byNfc = new Map<string, string>();
  for (const [p, e] of entries) if (e.kind === 'file') byNfc.set(p.normalize('NFC'), p);
  const resolve = (p: string) => (isFile(p) ? p : byNfc.get(p.normalize('NFC')));

  // bagit.txt (RFC 8493 §2.1.1)
  if (!isFile('bagit.txt')) errors.push('bagit.txt is missing');
  else {
    const text = await readText(source, 'bagit.txt', errors, warnings);
    if (text !== undefined) {
      const got = lines(text);
      const want = ['BagIt-Version: 1.0', 'Tag-File-Character-Encoding: UTF-8'];
      if (got.length !== 2) errors.push(`bagit.txt must have exactly 2 lines, it has ${got.length}`);
      want.forEach((w, i) => {
        if (got[i] !== undefined && got[i] !== w)
          errors.push(`bagit.txt line ${i + 1} is ${q(got[i])}, expected ${q(w)}`);
      });
    }
  }

  // Payload (§2.1.2)
  if (entries.get('data')?.kind !== 'dir') errors.push('the payload folder data/ is missing');
  const payload = [...entries].filter(([p, e]) => p.startsWith('data/') && e.kind === 'file').map(([p]) => p);
  const payloadBytes = payload.reduce((sum, p) => sum + entries.get(p)!.size, 0);

  // fetch.txt (§2.2.3): we never fetch, so only an empty one is acceptable.
  if (entries.has('fetch.txt')) {
    const text = isFile('fetch.txt') ? await readText(source, 'fetch.txt', errors, warnings) : 'x';
    if (text !== undefined && text.trim() !== '')
      errors.push('fetch.txt lists files to fetch; this bag must be complete');
  }

  // Payload manifests (§2.1.3)
  const rootFiles = [...entries].filter(([p, e]) => e.kind === 'file' && !p.includes('/')).map(([p]) => p);
  const manifests: Manifest[] = [];
  for (const file of rootFiles.sort()) {
    const alg = PAYLOAD_MANIFEST.exec(file)?.[1];
    if (alg) manifests.push(await parseManifest(source, file, alg, 'payload', resolve, errors, warnings));
  }
  if (manifests.length === 0) errors.push('no payload manifest (manifest-<algorithm>.txt) found');
  for (const m of manifests) {
    if (!m.supported) warnings.push(`${m.file}: algorithm ${q(m.alg)} is not supported here; checksums not verified`);
  }
  if (manifests.length > 0 && !manifests.some((m) => m.supported)) {
    errors.push('no payload manifest uses a supported algorithm, so no checksum could be verified');
  }
  for (const m of manifests) {
    for (const p of payload)
      if (!m.entries.has(p)) errors.push(`${q(p)} is in the payload but not listed in ${m.file}`);
    for (const p of m.entries.keys()) {
      if (!isFile(p)) errors.push(`${m.file} lists ${q(p)}, which is not a file in the bag`);
    }
  }
  const algs = [...new Set(manifests.filter((m) => m.supported).map((m) => m.alg))];
  if (algs.length > 0) {
    for (const p of payload) {
      const got = await digests(source, p, algs, errors);
      if (!got) continue;
      for (const m of manifests) {
        const want = m.entries.get(p);
        if (m.supported && want !== undefined && want !== got.get(m.alg)) {
          errors.push(`${m.file}: checksum mismatch for ${q(p)} (listed ${want}, file has ${got.get(m.alg)})`);
        }
      }
    }
  }

  // Tag manifests (§2.2.1)
  const tagManifests: Manifest[] = [];
  for (const file of rootFiles.sort()) {
    const alg = TAG_MANIFEST.exec(file)?.[1];
    if (alg) tagManifests.push(await parseManifest(source, file, alg, 'tag', resolve, errors, warnings));
  }
  const tagFiles = [...entries]
    .filter(([p, e]) => e.kind === 'file' && !p.startsWith('data/') && !TAG_MANIFEST.test(p))
    .map(([p]) => p);
  for (const m of tagManifests) {
    if (!m.supported) warnings.push(`${m.file}: algorithm ${q(m.alg)} is not supported here; checksums not verified`);
    if (!manifests.some((pm) => pm.alg === m.alg))
      warnings.push(`${m.file} has no payload manifest of the same algorithm`);
    for (const p of tagFiles) if (!m.entries.has(p)) warnings.push(`tag file ${q(p)} is not listed in ${m.file}`);
    for (const [p, want] of m.entries) {
      if (!isFile(p)) {
        errors.push(`${m.file} lists ${q(p)}, which is not a file in the bag`);
        continue;
      }
      if (!m.supported) continue;
      const got = (await digests(source, p, [m.alg], errors))?.get(m.alg);
      if (got !== undefined && got !== want) {
        errors.push(`${m.file}: checksum mismatch for ${q(p)} (listed ${want}, file has ${got})`);
      }
    }
  }

  // bag-info.txt (§2.2.2)
  let bagInfo: Record<string, string[]> = {};
  if (isFile('bag-info.txt')) {
    const text = await readText(source, 'bag-info.txt', errors, warnings);
    if (text !== undefined) {
      bagInfo = parseBagInfo(text, errors, warnings);
      checkBagInfo(bagInfo, { files: payload.length, bytes: payloadBytes }, errors, warnings);
    }
  }

  return report({
    bagInfo,
    payloadFiles: payload.length,
    payloadBytes,
    manifests: manifests.map((m) => m.alg),
  });
}
