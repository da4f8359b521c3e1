import fs from 'node:fs';

/** Where Debian's CJK font packages put their files, in order of preference. */
const CANDIDATES = [
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
];

/** Font families tried, in order, when text is drawn through fontconfig (SVG watermarks). */
export const CJK_FONT_FAMILIES = ['WenQuanYi Zen Hei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', 'sans-serif'];

/** The CJK font file to embed: `PDF_CJK_FONT` if set, else the first installed Debian CJK font; throws if none. */
export function cjkFontPath(): string {
  const fromEnv = process.env.PDF_CJK_FONT;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) {
      throw new Error(`PDF_CJK_FONT names ${fromEnv}, which does not exist: point it at a TTF, OTF or TTC font file`);
    }
    return fromEnv;
  }
  const found = CANDIDATES.find((file) => fs.existsSync(file));
  if (!found) {
    throw new Error(
      'No CJK font for Chinese text in PDFs: install the Debian package fonts-wqy-zenhei ' +
        '(apt-get install -y fonts-wqy-zenhei) or set PDF_CJK_FONT to a TTF, OTF or TTC font file',
    );
  }
  return found;
}

const families = new Map<string, string | undefined>();

/**
 * The face pdfkit must be told to take from a font collection (TTC/OTC): its PostScript name,
 * preferring a Simplified Chinese face; undefined for a single-font file (TTF/OTF).
 */
export function cjkFontFamily(file: string): string | undefined {
  if (!families.has(file)) {
    const faces = collectionFaces(file);
    families.set(file, faces && (faces.find((name) => /sc\b|sc-|gb|hans/i.test(name)) ?? faces[0]));
  }
  return families.get(file);
}

/** PostScript names of the faces in a TTC/OTC, or undefined when the file is not a collection. */
function collectionFaces(file: string): string[] | undefined {
  const fd = fs.openSync(file, 'r');
  try {
    const at = (offset: number, length: number) => {
      const buffer = Buffer.alloc(length);
      if (fs.readSync(fd, buffer, 0, length, offset) < length) throw new Error(`${file}: truncated font file`);
      return buffer;
    };
    const header = at(0, 12);
    if (header.toString('latin1', 0, 4) !== 'ttcf') return undefined;
    const count = header.readUInt32BE(8);
    const offsets = at(12, 4 * count);
    const names = Array.from({ length: count }, (_, i) => postscriptName(at, offsets.readUInt32BE(4 * i)));
    if (names.some((name) => !name)) throw new Error(`${file}: a face in this font collection has no PostScript name`);
    return names as string[];
  } finally {
    fs.closeSync(fd);
  }
}

/** Name ID 6 of the sfnt at `offset` (Windows UTF-16BE record preferred, else the Macintosh one). */
function postscriptName(at: (offset: number, length: number) => Buffer, offset: number): string | undefined {
  const numTables = at(offset + 4, 2).readUInt16BE(0);
  const tables = at(offset + 12, 16 * numTables);
  let nameTable = -1;
  for (let i = 0; i < numTables; i++) {
    if (tables.toString('latin1', 16 * i, 16 * i + 4) === 'name') nameTable = tables.readUInt32BE(16 * i + 8);
  }
  if (nameTable < 0) return undefined;
  const head = at(nameTable, 6);
  const count = head.readUInt16BE(2);
  const strings = nameTable + head.readUInt16BE(4);
  const records = at(nameTable + 6, 12 * count);
  let mac: string | undefined;
  for (let i = 0; i < count; i++) {
    const [platform, , , nameId, length, start] = [0, 2, 4, 6, 8, 10].map((o) => records.readUInt16BE(12 * i + o));
    if (nameId !== 6 || length === 0) continue;
    const bytes = at(strings + start, length);
    if (platform === 3) return bytes.swap16().toString('utf16le');
    if (platform === 1) mac ??= bytes.toString('latin1');
  }
  return mac;
}
