import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyBagDir, verifyBagZip } from '../../support/bagit-verify.js';

// Bags are built by hand here, from the RFC, so these tests check the verifier and nothing else.

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'bagit-verify-'));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

let n = 0;
const sha = (alg: string, data: Buffer | string) => createHash(alg).update(data).digest('hex');
const encodePath = (p: string) => p.replace(/%/g, '%25').replace(/\n/g, '%0A').replace(/\r/g, '%0D');
const write = (file: string, data: Buffer | string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, data);
};

const DEFAULT_PAYLOAD: Record<string, string> = {
  'data/a.txt': 'hello\n',
  'data/photos/1.jpg': 'not really a jpeg',
};

/** Writes the tag manifest (sha256) over every tag file but itself, as a bagger does last. */
function retag(bag: string) {
  const tagFiles = fs
    .readdirSync(bag, { recursive: true, encoding: 'utf8' })
    .map((p) => p.split(path.sep).join('/'))
    .filter((p) => !p.startsWith('data/') && p !== 'data' && !p.startsWith('tagmanifest-'))
    .filter((p) => fs.lstatSync(path.join(bag, p)).isFile())
    .sort();
  const lines = tagFiles.map((p) => `${sha('sha256', fs.readFileSync(path.join(bag, p)))}  ${p}\n`);
  fs.writeFileSync(path.join(bag, 'tagmanifest-sha256.txt'), lines.join(''));
}

/** Writes a valid bag (sha256 and sha512 manifests, bag-info.txt, a tag manifest) and returns its folder. */
function makeBag(payload: Record<string, string | Buffer> = DEFAULT_PAYLOAD): string {
  const bag = path.join(tmpRoot, `bag-${++n}`);
  fs.mkdirSync(path.join(bag, 'data'), { recursive: true });
  write(path.join(bag, 'bagit.txt'), 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
  let bytes = 0;
  for (const [p, data] of Object.entries(payload)) {
    write(path.join(bag, ...p.split('/')), data);
    bytes += Buffer.byteLength(data);
  }
  for (const alg of ['sha256', 'sha512']) {
    const lines = Object.entries(payload).map(([p, data]) => `${sha(alg, data)}  ${encodePath(p)}\n`);
    write(path.join(bag, `manifest-${alg}.txt`), lines.join(''));
  }
  write(
    path.join(bag, 'bag-info.txt'),
    [
      'Source-Organization: 某市市场监督管理局',
      'External-Description: An export package',
      '  continued on the next line',
      `Payload-Oxum: ${bytes}.${Object.keys(payload).length}`,
      'Bagging-Date: 2026-03-01',
      'Bag-Count: 1 of 1',
      'Internal-Sender-Identifier: DQ-2026-0001',
      'Internal-Sender-Identifier: a second value',
      '',
    ].join('\n'),
  );
  retag(bag);
  return bag;
}

const edit = (bag: string, rel: string, fn: (text: string) => string) => {
  const file = path.join(bag, rel);
  fs.writeFileSync(file, fn(fs.readFileSync(file, 'utf8')));
};

async function zipDir(dir: string, prefix: string, override: Record<string, string> = {}): Promise<string> {
  const zipPath = path.join(tmpRoot, `bag-${++n}.zip`);
  const zip = new yazl.ZipFile();
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((p) => p.split(path.sep).join('/'))
    .filter((p) => fs.statSync(path.join(dir, p)).isFile())
    .sort();
  for (const p of files) {
    if (p in override) zip.addBuffer(Buffer.from(override[p]), prefix + p);
    else zip.addFile(path.join(dir, p), prefix + p);
  }
  zip.end();
  await pipeline(zip.outputStream, fs.createWriteStream(zipPath));
  return zipPath;
}

describe('verifyBagDir', () => {
  it('accepts a valid bag and reports what it holds', async () => {
    const r = await verifyBagDir(makeBag());
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.payloadFiles).toBe(2);
    expect(r.payloadBytes).toBe(6 + 17);
    expect(r.manifests).toEqual(['sha256', 'sha512']);
    expect(r.bagInfo['Source-Organization']).toEqual(['某市市场监督管理局']);
    expect(r.bagInfo['External-Description']).toEqual(['An export package continued on the next line']);
    expect(r.bagInfo['Internal-Sender-Identifier']).toEqual(['DQ-2026-0001', 'a second value']);
  });

  it('catches a changed payload byte, in every manifest', async () => {
    const bag = makeBag();
    fs.writeFileSync(path.join(bag, 'data/a.txt'), 'hellO\n');
    const r = await verifyBagDir(bag);
    expect(r.valid).toBe(false);
    expect(r.errors).toEqual([
      expect.stringMatching(/^manifest-sha256\.txt: checksum mismatch for "data\/a\.txt" \(listed [0-9a-f]{64}, file/),
      expect.stringMatching(/^manifest-sha512\.txt: checksum mismatch for "data\/a\.txt"/),
    ]);
  });

  it('catches an added payload file', async () => {
    const bag = makeBag();
    write(path.join(bag, 'data/extra.txt'), 'x');
    const r = await verifyBagDir(bag);
    expect(r.valid).toBe(false);
    expect(r.errors).toContain('"data/extra.txt" is in the payload but not listed in manifest-sha256.txt');
    expect(r.errors).toContain('"data/extra.txt" is in the payload but not listed in manifest-sha512.txt');
    expect(r.errors).toContain('bag-info.txt: Payload-Oxum is 23.2 but the payload has 24 bytes in 3 files');
  });

  it('catches a removed payload file', async () => {
    const bag = makeBag();
    fs.rmSync(path.join(bag, 'data/photos/1.jpg'));
    const r = await verifyBagDir(bag);
    expect(r.valid).toBe(false);
    expect(r.errors).toContain('manifest-sha256.txt lists "data/photos/1.jpg", which is not a file in the bag');
    expect(r.errors).toContain('manifest-sha512.txt lists "data/photos/1.jpg", which is not a file in the bag');
  });

  it('catches a manifest line removed (even with the tag manifest rewritten to match)', async () => {
    const bag = makeBag();
    edit(bag, 'manifest-sha512.txt', (t) => t.replace(/^.*data\/a\.txt\n/m, ''));
    retag(bag);
    const r = await verifyBagDir(bag);
    expect(r.errors).toEqual(['"data/a.txt" is in the payload but not listed in manifest-sha512.txt']);
  });

  it('catches a wrong Payload-Oxum', async () => {
    const bag = makeBag();
    edit(bag, 'bag-info.txt', (t) => t.replace(/Payload-Oxum: .*/, 'Payload-Oxum: 22.2'));
    retag(bag);
    const r = await verifyBagDir(bag);
    expect(r.errors).toEqual(['bag-info.txt: Payload-Oxum is 22.2 but the payload has 23 bytes in 2 files']);
  });

  it('catches bag-info.txt edited after the tag manifest was written', async () => {
    const bag = makeBag();
    edit(bag, 'bag-info.txt', (t) => t.replace('DQ-2026-0001', 'DQ-2026-0002'));
    const r = await verifyBagDir(bag);
    expect(r.errors).toEqual([
      expect.stringMatching(/^tagmanifest-sha256\.txt: checksum mismatch for "bag-info\.txt"/),
    ]);
  });

  it('catches a wrong bagit.txt version', async () => {
    const bag = makeBag();
    edit(bag, 'bagit.txt', (t) => t.replace('1.0', '0.97'));
    retag(bag);
    const r = await verifyBagDir(bag);
    expect(r.errors).toEqual(['bagit.txt line 1 is "BagIt-Version: 0.97", expected "BagIt-Version: 1.0"']);
  });

  it('accepts CRLF line endings and uppercase checksums', async () => {
    const bag = makeBag();
    edit(bag, 'bagit.txt', (t) => t.replace(/\n/g, '\r\n'));
    edit(bag, 'manifest-sha256.txt', (t) => t.replace(/^[0-9a-f]+/gm, (h) => h.toUpperCase()).replace(/\n/g, '\r\n'));
    retag(bag);
    expect((await verifyBagDir(bag)).errors).toEqual([]);
  });

  it('rejects a manifest path with ".."', async () => {
    const bag = makeBag();
    write(path.join(bag, 'secret.txt'), 'outside');
    edit(bag, 'manifest-sha256.txt', (t) => `${t}${sha('sha256', 'outside')}  data/../secret.txt\n`);
    retag(bag);
    const r = await verifyBagDir(bag);
    expect(r.valid).toBe(false);
    expect(r.errors).toEqual(['manifest-sha256.txt line 3: path "data/../secret.txt" contains ".."']);
  });

  it('rejects absolute paths and backslash separators', async () => {
    const bag = makeBag();
    edit(
      bag,
      'manifest-sha256.txt',
      (t) => `${t}${sha('sha256', 'x')}  /etc/passwd\n${sha('sha256', 'x')}  data\\a.txt\n`,
    );
    retag(bag);
    const r = await verifyBagDir(bag);
    expect(r.errors).toEqual([
      'manifest-sha256.txt line 3: path "/etc/passwd" is absolute',
      'manifest-sha256.txt line 4: path "data\\\\a.txt" uses a backslash (paths must use "/")',
    ]);
  });

  it('decodes %0A in a manifest path to a newline in the file name', async () => {
    const bag = makeBag({ 'data/a\nb.txt': 'two lines in the name', 'data/100%.txt': 'percent' });
    expect(fs.readFileSync(path.join(bag, 'manifest-sha256.txt'), 'utf8')).toContain('data/a%0Ab.txt');
    expect(fs.readFileSync(path.join(bag, 'manifest-sha256.txt'), 'utf8')).toContain('data/100%25.txt');
    const r = await verifyBagDir(bag);
    expect(r.errors).toEqual([]);
    expect(r.payloadFiles).toBe(2);
  });

  it('does not decode %0A when the file is literally named a%0Ab.txt', async () => {
    const bag = makeBag({ 'data/a\nb.txt': 'x' });
    fs.renameSync(path.join(bag, 'data/a\nb.txt'), path.join(bag, 'data/a%0Ab.txt'));
    const r = await verifyBagDir(bag);
    expect(r.errors).toContain('"data/a%0Ab.txt" is in the payload but not listed in manifest-sha256.txt');
    expect(r.errors).toContain('manifest-sha256.txt lists "data/a\\nb.txt", which is not a file in the bag');
  });

  it('accepts Chinese file and folder names', async () => {
    const bag = makeBag({ 'data/现场执法记录 01.mp4': 'video', 'data/询问笔录/第1页.jpg': 'page' });
    const r = await verifyBagDir(bag);
    expect(r.errors).toEqual([]);
    expect(r.payloadFiles).toBe(2);
  });

  it('accepts an empty payload', async () => {
    const r = await verifyBagDir(makeBag({}));
    expect(r.errors).toEqual([]);
    expect(r.payloadFiles).toBe(0);
  });

  it('rejects symbolic links', async () => {
    const bag = makeBag();
    fs.symlinkSync('a.txt', path.join(bag, 'data/link.txt'));
    const r = await verifyBagDir(bag);
    expect(r.errors).toContain('"data/link.txt" is a symbolic link; a bag must hold only regular files and folders');
  });

  it('rejects a fetch.txt with entries and accepts an empty one', async () => {
    const bag = makeBag();
    write(path.join(bag, 'fetch.txt'), '');
    retag(bag);
    expect((await verifyBagDir(bag)).errors).toEqual([]);
    write(path.join(bag, 'fetch.txt'), 'https://example.org/x 1 data/x\n');
    retag(bag);
    expect((await verifyBagDir(bag)).errors).toEqual(['fetch.txt lists files to fetch; this bag must be complete']);
  });

  it('requires a payload manifest and bagit.txt, and reports every problem at once', async () => {
    const bag = makeBag();
    fs.rmSync(path.join(bag, 'manifest-sha256.txt'));
    fs.rmSync(path.join(bag, 'manifest-sha512.txt'));
    fs.rmSync(path.join(bag, 'bagit.txt'));
    edit(bag, 'bag-info.txt', (t) => t.replace('2026-03-01', '01/03/2026').replace('1 of 1', 'one'));
    const r = await verifyBagDir(bag);
    expect(r.errors).toEqual(
      expect.arrayContaining([
        'bagit.txt is missing',
        'no payload manifest (manifest-<algorithm>.txt) found',
        'tagmanifest-sha256.txt lists "bagit.txt", which is not a file in the bag',
        'tagmanifest-sha256.txt lists "manifest-sha256.txt", which is not a file in the bag',
        expect.stringMatching(/checksum mismatch for "bag-info\.txt"/),
        'bag-info.txt: Bagging-Date "01/03/2026" is not a YYYY-MM-DD date',
        'bag-info.txt: Bag-Count "one" is not "N of M" or "N of ?"',
      ]),
    );
  });

  it('warns about a tag file the tag manifest does not list', async () => {
    const bag = makeBag();
    write(path.join(bag, 'catalogue/index.csv'), 'a,b\n');
    const r = await verifyBagDir(bag);
    expect(r.valid).toBe(true);
    expect(r.warnings).toEqual(['tag file "catalogue/index.csv" is not listed in tagmanifest-sha256.txt']);
  });

  it('rejects a tag manifest that lists a payload file', async () => {
    const bag = makeBag();
    edit(bag, 'tagmanifest-sha256.txt', (t) => `${t}${sha('sha256', 'hello\n')}  data/a.txt\n`);
    const r = await verifyBagDir(bag);
    expect(r.errors).toEqual([
      'tagmanifest-sha256.txt line 5: a tag manifest must not list the payload file "data/a.txt"',
    ]);
  });

  it('verifies sm3 manifests and warns about unknown algorithms', async () => {
    const bag = makeBag();
    const data = Object.entries(DEFAULT_PAYLOAD);
    write(path.join(bag, 'manifest-sm3.txt'), data.map(([p, d]) => `${sha('sm3', d)}  ${p}\n`).join(''));
    write(path.join(bag, 'manifest-blake9.txt'), data.map(([p]) => `abcdef  ${p}\n`).join(''));
    retag(bag);
    const r = await verifyBagDir(bag);
    expect(r.errors).toEqual([]);
    expect(r.manifests).toEqual(['blake9', 'sha256', 'sha512', 'sm3']);
    expect(r.warnings).toEqual([expect.stringMatching(/^manifest-blake9\.txt: algorithm "blake9" is not supported/)]);
    edit(bag, 'manifest-sm3.txt', (t) => t.replace(/^./, (c) => (c === '0' ? '1' : '0')));
    retag(bag);
    expect((await verifyBagDir(bag)).errors).toEqual([expect.stringMatching(/^manifest-sm3\.txt: checksum mismatch/)]);
  });
});

describe('verifyBagZip', () => {
  it('accepts a zipped bag inside one top-level folder', async () => {
    const bag = makeBag({ ...DEFAULT_PAYLOAD, 'data/现场执法记录 01.mp4': 'video' });
    const r = await verifyBagZip(await zipDir(bag, 'DQ-2026-0001/'));
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
    expect(r.payloadFiles).toBe(3);
    expect(r.manifests).toEqual(['sha256', 'sha512']);
    expect(r.bagInfo['Bagging-Date']).toEqual(['2026-03-01']);
  });

  it('accepts a zip whose root is the bag', async () => {
    const r = await verifyBagZip(await zipDir(makeBag(), ''));
    expect(r.errors).toEqual([]);
  });

  it('catches a tampered payload file in a zip', async () => {
    const zip = await zipDir(makeBag(), 'DQ-2026-0001/', { 'data/a.txt': 'HELLO\n' });
    const r = await verifyBagZip(zip);
    expect(r.valid).toBe(false);
    expect(r.errors).toEqual([
      expect.stringMatching(/^manifest-sha256\.txt: checksum mismatch for "data\/a\.txt"/),
      expect.stringMatching(/^manifest-sha512\.txt: checksum mismatch for "data\/a\.txt"/),
    ]);
  });

  it('catches a file added to the zip', async () => {
    const bag = makeBag();
    const zipPath = path.join(tmpRoot, `bag-${++n}.zip`);
    const zip = new yazl.ZipFile();
    for (const p of [
      'bagit.txt',
      'bag-info.txt',
      'manifest-sha256.txt',
      'manifest-sha512.txt',
      'tagmanifest-sha256.txt',
    ]) {
      zip.addFile(path.join(bag, p), `B/${p}`);
    }
    zip.addFile(path.join(bag, 'data/a.txt'), 'B/data/a.txt');
    zip.addFile(path.join(bag, 'data/photos/1.jpg'), 'B/data/photos/1.jpg');
    zip.addBuffer(Buffer.from('sneaked in'), 'B/data/b.txt');
    zip.addBuffer(Buffer.from('?'), 'elsewhere.txt');
    zip.end();
    await pipeline(zip.outputStream, fs.createWriteStream(zipPath));
    const r = await verifyBagZip(zipPath);
    expect(r.errors).toEqual(
      expect.arrayContaining([
        'zip entry "elsewhere.txt" is outside the bag folder "B/"',
        '"data/b.txt" is in the payload but not listed in manifest-sha256.txt',
      ]),
    );
  });

  it('rejects a symbolic link entry and accepts folder entries', async () => {
    const bag = makeBag();
    const zipPath = path.join(tmpRoot, `bag-${++n}.zip`);
    const zip = new yazl.ZipFile();
    for (const p of fs.readdirSync(bag, { recursive: true, encoding: 'utf8' }).sort()) {
      const abs = path.join(bag, p);
      if (fs.statSync(abs).isDirectory()) zip.addEmptyDirectory(`B/${p}`);
      else zip.addFile(abs, `B/${p}`);
    }
    zip.addBuffer(Buffer.from('a.txt'), 'B/data/link.txt', { mode: 0o120777 });
    zip.end();
    await pipeline(zip.outputStream, fs.createWriteStream(zipPath));
    const r = await verifyBagZip(zipPath);
    expect(r.errors).toContain('"data/link.txt" is a symbolic link; a bag must hold only regular files and folders');
  });

  it('catches bytes corrupted inside the zip file itself', async () => {
    const bag = makeBag({ 'data/a.txt': 'MARKER-0123456789' });
    const zipPath = path.join(tmpRoot, `bag-${++n}.zip`);
    const zip = new yazl.ZipFile();
    for (const p of ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'manifest-sha512.txt', 'data/a.txt']) {
      zip.addFile(path.join(bag, p), `B/${p}`, { compress: false });
    }
    zip.end();
    await pipeline(zip.outputStream, fs.createWriteStream(zipPath));
    const bytes = fs.readFileSync(zipPath);
    const at = bytes.indexOf('MARKER-0123456789');
    bytes[at] = 'N'.charCodeAt(0);
    fs.writeFileSync(zipPath, bytes);
    const r = await verifyBagZip(zipPath);
    expect(r.errors).toEqual(['cannot read "data/a.txt": zip entry fails its CRC-32 check']);
  });

  it('reports a file that is not a zip', async () => {
    const file = path.join(tmpRoot, 'not-a.zip');
    fs.writeFileSync(file, 'plain text');
    const r = await verifyBagZip(file);
    expect(r.valid).toBe(false);
    expect(r.errors[0]).toMatch(/cannot open .* as a zip/);
  });
});
