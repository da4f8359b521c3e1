import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import PDFKit from 'pdfkit';
import {
  decodePDFRawStream,
  degrees,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRawStream,
  type PDFPage,
  StandardFonts,
} from 'pdf-lib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canWatermark, watermarkFile } from '../../../server/src/exports/watermark.js';
import { sink } from './sink.js';

const LINES = ['复制件 · 申请人 张三', '申请编号 FZ-2026-0003 · 2026-11-29'];
let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'er-watermark-'));
  const solid = { width: 640, height: 480, channels: 3 as const, background: '#3070a0' };
  await sharp({ create: solid }).jpeg({ quality: 95 }).toFile(file('photo.jpg'));
  await sharp({ create: { ...solid, width: 400, height: 200 } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toFile(file('turned.jpg'));
  await sharp({ create: { ...solid, channels: 4, background: { r: 200, g: 30, b: 30, alpha: 0.5 } } })
    .png()
    .toFile(file('scan.png'));
  await sharp({ create: solid }).webp().toFile(file('photo.webp'));
  await sharp({ create: solid }).tiff().toFile(file('scan.tiff'));

  const pdf = await PDFDocument.create();
  const helvetica = await pdf.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= 3; n++) {
    const page = pdf.addPage(n === 3 ? [842, 595] : [595, 842]);
    if (n === 2) page.setRotation(degrees(90));
    page.drawText(`Original page ${n}`, { x: 60, y: 500, size: 24, font: helvetica });
  }
  fs.writeFileSync(file('doc.pdf'), await pdf.save());

  const locked = new PDFKit({ userPassword: 'secret', ownerPassword: 'owner' });
  locked.text('locked');
  const out = fs.createWriteStream(file('locked.pdf'));
  locked.pipe(out);
  locked.end();
  await new Promise<void>((resolve) => out.on('finish', () => resolve()));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function watermarked(name: string, mediaType: string, lines = LINES): Promise<Buffer> {
  const out = sink();
  await watermarkFile(file(name), mediaType, lines, out.stream);
  return out.bytes();
}

/** Share of the cells of an 8 × 8 grid where over 10 pixels differ by more than 24 in some channel. */
async function changedCells(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all(
    [a, b].map((img) => sharp(img).removeAlpha().raw().toBuffer({ resolveWithObject: true })),
  );
  const { width, height, channels } = x.info;
  const counts = new Array<number>(64).fill(0);
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      const i = (py * width + px) * channels;
      let diff = 0;
      for (let c = 0; c < channels; c++) diff = Math.max(diff, Math.abs(x.data[i + c] - y.data[i + c]));
      if (diff > 24) counts[Math.floor((py * 8) / height) * 8 + Math.floor((px * 8) / width)]++;
    }
  }
  return counts.filter((n) => n > 10).length / 64;
}

/** The page's content streams, decoded and joined. */
function contentOf(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams =
    contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  return streams
    .map((stream) => Buffer.from(decodePDFRawStream(stream as PDFRawStream).decode()).toString('latin1'))
    .join('\n');
}

describe('canWatermark', () => {
  it('accepts photos, scans and PDFs and nothing else', () => {
    for (const type of ['image/jpeg', 'image/png', 'image/webp', 'image/tiff', 'application/pdf']) {
      expect(canWatermark(type)).toBe(true);
    }
    for (const type of ['video/mp4', 'image/heic', 'application/ofd', 'text/plain', '']) {
      expect(canWatermark(type)).toBe(false);
    }
  });
});

describe('watermarkFile on images', () => {
  it('marks a JPEG all over and keeps its size and format', async () => {
    const source = fs.readFileSync(file('photo.jpg'));
    const output = await watermarked('photo.jpg', 'image/jpeg');
    const meta = await sharp(output).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 640, 480]);
    expect(await changedCells(source, output)).toBeGreaterThanOrEqual(0.4);
    // Control: re-encoding alone (what a missing watermark would leave) changes no cell.
    expect(await changedCells(source, await sharp(source).jpeg({ quality: 90 }).toBuffer())).toBe(0);
  });

  it('fits the pattern on a tiny image', async () => {
    const tiny = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();
    fs.writeFileSync(file('tiny.png'), tiny);
    const meta = await sharp(await watermarked('tiny.png', 'image/png')).metadata();
    expect([meta.width, meta.height]).toEqual([40, 30]);
  });

  it('turns a photo upright by its EXIF orientation', async () => {
    const meta = await sharp(await watermarked('turned.jpg', 'image/jpeg')).metadata();
    expect([meta.width, meta.height]).toEqual([200, 400]);
    expect(meta.orientation ?? 1).toBe(1);
  });

  it.each([
    ['scan.png', 'image/png', 'png'],
    ['photo.webp', 'image/webp', 'webp'],
    ['scan.tiff', 'image/tiff', 'tiff'],
  ])('keeps %s a %s', async (name, mediaType, format) => {
    const output = await watermarked(name, mediaType);
    const meta = await sharp(output).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual([format, 640, 480]);
    expect(await changedCells(fs.readFileSync(file(name)), output)).toBeGreaterThanOrEqual(0.4);
  });

  it('escapes names that would break the SVG', async () => {
    const output = await watermarked('photo.jpg', 'image/jpeg', ['申请人 <b>张&三</b> "\'', 'x\u0000y]]>']);
    expect((await sharp(output).metadata()).format).toBe('jpeg');
  });

  it('refuses other media types and empty text, leaving the output alone', async () => {
    const out = sink();
    await expect(watermarkFile(file('photo.jpg'), 'video/mp4', LINES, out.stream)).rejects.toThrow(
      /Cannot watermark video\/mp4/,
    );
    await expect(watermarkFile(file('photo.jpg'), 'image/jpeg', [' '], out.stream)).rejects.toThrow(
      /at least one line/,
    );
    expect(out.stream.writableEnded).toBe(false);
  });

  it('rejects when the output fails', async () => {
    const broken = new Writable({ write: (_chunk, _encoding, done) => done(new Error('disk full')) });
    await expect(watermarkFile(file('photo.jpg'), 'image/jpeg', LINES, broken)).rejects.toThrow(/disk full/);
  });
});

describe('watermarkFile on PDFs', () => {
  it('draws a semi-transparent image on every page and keeps the pages and their text', async () => {
    const output = await PDFDocument.load(await watermarked('doc.pdf', 'application/pdf'));
    expect(output.getPageCount()).toBe(3);
    output.getPages().forEach((page, i) => {
      const resources = page.node.Resources()!;
      const xObjects = resources.lookup(PDFName.of('XObject'), PDFDict);
      const images = xObjects
        .entries()
        .map(([name, ref]) => [name, output.context.lookup(ref) as PDFRawStream] as const)
        .filter(([, stream]) => stream.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
      expect(images).toHaveLength(1);
      const [imageName] = images[0];
      const states = resources.lookup(PDFName.of('ExtGState'), PDFDict);
      const alphas = states.entries().map(([, ref]) => output.context.lookup(ref, PDFDict).get(PDFName.of('ca')));
      expect(alphas.some((ca) => ca instanceof PDFNumber && ca.asNumber() > 0 && ca.asNumber() < 1)).toBe(true);
      const content = contentOf(page);
      expect(content).toContain(`${imageName.toString()} Do`);
      expect(content).toContain(
        Buffer.from(`Original page ${i + 1}`)
          .toString('hex')
          .toUpperCase(),
      );
    });
    // The rotated page gets its image turned back so that the watermark reads the same way on screen.
    expect(contentOf(output.getPage(1))).toMatch(/\n\S+ 1 -1 \S+ 0 0 cm\n/);
  });

  it('refuses an encrypted PDF with a clear message', async () => {
    await expect(watermarked('locked.pdf', 'application/pdf')).rejects.toThrow(/encrypted PDF/);
  });
});
