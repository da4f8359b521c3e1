import fs from 'node:fs/promises';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { degrees, EncryptedPDFError, PDFDocument, type PDFImage } from 'pdf-lib';
import sharp, { type Sharp } from 'sharp';
import { CJK_FONT_FAMILIES } from './fonts.js';

const IMAGE_FORMATS = {
  'image/jpeg': (image: Sharp) => image.jpeg({ quality: 90 }),
  'image/png': (image: Sharp) => image.png(),
  'image/webp': (image: Sharp) => image.webp({ quality: 90 }),
  'image/tiff': (image: Sharp) => image.tiff({ compression: 'jpeg', quality: 90 }),
} as const;
type ImageType = keyof typeof IMAGE_FORMATS;

/** Watermark text drawn at this opacity: readable, and the content under it still shows. */
const OPACITY = 0.4;
/** Watermark PNGs for PDF pages are rendered at this many pixels per point (144 dpi). */
const PDF_SCALE = 2;
const ANGLE = -30;

/** Can `watermarkFile` mark a copy of this media type? */
export function canWatermark(mediaType: string): boolean {
  return mediaType === 'application/pdf' || mediaType in IMAGE_FORMATS;
}

/**
 * Writes a copy of the file with `lines` repeated diagonally and semi-transparently over every image or page, in the
 * same format. Ends `output` and resolves once it has finished; on failure `output` is destroyed and the promise
 * rejects. Refuses media types `canWatermark` rejects, encrypted PDFs, and multi-page or animated images.
 */
export async function watermarkFile(
  source: string | Buffer,
  mediaType: string,
  lines: string[],
  output: NodeJS.WritableStream | Writable,
): Promise<void> {
  if (!canWatermark(mediaType)) throw new Error(`Cannot watermark ${mediaType}: only JPEG, PNG, WebP, TIFF and PDF`);
  const text = lines.map(tidy).filter(Boolean);
  if (text.length === 0) throw new Error('A watermark needs at least one line of text');
  const bytes = typeof source === 'string' ? await fs.readFile(source) : source;
  if (mediaType === 'application/pdf') {
    const marked = await watermarkPdf(bytes, text);
    await pipeline(Readable.from([marked]), output);
  } else {
    const image = await watermarkImage(bytes, mediaType as ImageType, text);
    await pipeline(image, output);
  }
}

async function watermarkImage(bytes: Buffer, mediaType: ImageType, lines: string[]): Promise<Sharp> {
  const meta = await sharp(bytes).metadata();
  if ((meta.pages ?? 1) > 1) throw new Error(`Cannot watermark a ${mediaType} with ${meta.pages} pages or frames`);
  // EXIF orientations 5–8 turn the picture a quarter: .rotate() swaps its width and height.
  const turned = (meta.orientation ?? 1) >= 5;
  const width = turned ? meta.height : meta.width;
  const height = turned ? meta.width : meta.height;
  const tile = watermarkTile(lines, width, height, OPACITY);
  return IMAGE_FORMATS[mediaType](
    sharp(bytes)
      .rotate()
      .composite([{ input: tile, tile: true }]),
  );
}

async function watermarkPdf(bytes: Buffer, lines: string[]): Promise<Uint8Array> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (error) {
    // instanceof alone misses when pdf-lib is loaded twice (CJS and ESM copies, as under vitest)
    if (error instanceof EncryptedPDFError || /is encrypted/.test(String((error as Error).message)))
      throw new Error('Cannot watermark an encrypted PDF: remove its password', { cause: error });
    throw error;
  }
  const images = new Map<string, Promise<PDFImage>>();
  for (const page of pdf.getPages()) {
    const box = page.getCropBox();
    const rotation = (((page.getRotation().angle % 360) + 360) % 360) as 0 | 90 | 180 | 270;
    const quarter = rotation === 90 || rotation === 270;
    // The image is drawn upright as the page is shown: a page shown turned gets an image turned back.
    const shown = quarter ? { width: box.height, height: box.width } : { width: box.width, height: box.height };
    const key = `${Math.round(shown.width)}x${Math.round(shown.height)}`;
    if (!images.has(key))
      images.set(
        key,
        overlayPng(shown.width, shown.height, lines).then((png) => pdf.embedPng(png)),
      );
    const image = await images.get(key)!;
    const at = {
      0: { x: box.x, y: box.y },
      90: { x: box.x + box.width, y: box.y },
      180: { x: box.x + box.width, y: box.y + box.height },
      270: { x: box.x, y: box.y + box.height },
    }[rotation];
    page.drawImage(image, { ...at, ...shown, rotate: degrees(rotation), opacity: OPACITY });
  }
  return pdf.save();
}

/** A transparent PNG covering a page shown `width` × `height` points, the watermark tiled over it. */
async function overlayPng(width: number, height: number, lines: string[]): Promise<Buffer> {
  const [w, h] = [Math.max(1, Math.round(width * PDF_SCALE)), Math.max(1, Math.round(height * PDF_SCALE))];
  return sharp({ create: { width: w, height: h, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: watermarkTile(lines, w, h, 1), tile: true }])
    .png()
    .toBuffer();
}

/** About 1/28 of the shorter side: two lines of some 25 characters repeat about twice across a page or photo. */
function fontSizeFor(width = 0, height = 0): number {
  return Math.max(12, Math.round(Math.min(width, height) / 28));
}

/**
 * One SVG tile holding the text block twice in a brick pattern: once in the middle of the upper half, and once
 * centred on the left and right edges of the lower half (the two halves meet when tiles repeat side by side), so
 * that tiles repeated edge to edge never cut the text and leave no wide gaps. Dark grey with a white outline reads
 * on dark and light pictures alike.
 */
function watermarkTile(lines: string[], imageWidth = 1, imageHeight = 1, opacity: number): Buffer {
  // sharp refuses a tile larger than the image: shrink the text until the tile fits (tiny images, long names).
  let size = fontSizeFor(imageWidth, imageHeight);
  let tile = tileSize(lines, size);
  while ((tile.width > imageWidth || tile.height > imageHeight) && size > 1) {
    size *= 0.8;
    tile = tileSize(lines, size);
  }
  const { width, height, lineHeight } = tile;
  // No text measuring here: a CJK character is about 1 em wide, others about 0.6 em; err on the wide side.
  const family = CJK_FONT_FAMILIES.map((f) => (f.includes(' ') ? `'${f}'` : f)).join(', ');
  const tspans = lines
    .map(
      (line, i) =>
        `<tspan x="0" y="${((i - (lines.length - 1) / 2) * lineHeight).toFixed(1)}">${escapeXml(line)}</tspan>`,
    )
    .join('');
  const text =
    `<text font-family="${family}" font-size="${size}" text-anchor="middle" dominant-baseline="central" ` +
    `fill="#303030" stroke="#ffffff" stroke-width="${(size / 10).toFixed(2)}" paint-order="stroke">${tspans}</text>`;
  const at = (x: number, y: number) => `<g transform="translate(${x} ${y}) rotate(${ANGLE})">${text}</g>`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><g opacity="${opacity}">` +
    at(width / 2, height / 4) +
    at(0, (3 * height) / 4) +
    at(width, (3 * height) / 4) +
    `</g></svg>`;
  return Buffer.from(svg);
}

/** Width and height of a tile holding the text block twice at `size` pixels. */
function tileSize(lines: string[], size: number): { width: number; height: number; lineHeight: number } {
  const lineHeight = size * 1.4;
  // No text measuring here: a CJK character is about 1 em wide, others about 0.6 em; err on the wide side.
  const textWidth =
    Math.max(...lines.map((line) => [...line].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e7f ? 1 : 0.62), 0))) * size;
  const blockHeight = lineHeight * lines.length;
  const rad = (Math.abs(ANGLE) * Math.PI) / 180;
  const gap = size * 1.5;
  return {
    width: Math.ceil(textWidth * Math.cos(rad) + blockHeight * Math.sin(rad) + gap),
    height: 2 * Math.ceil(textWidth * Math.sin(rad) + blockHeight * Math.cos(rad) + gap / 2),
    lineHeight,
  };
}

/** One line with control characters (not allowed in XML) dropped and whitespace collapsed. */
function tidy(line: string): string {
  return (
    line
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f\ufffe\uffff]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Text made safe inside an SVG element: applicants' names come from outside. */
function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
