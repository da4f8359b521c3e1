import { createHash } from 'node:crypto';
import { decodePDFRawStream, PDFDocument, PDFRawStream } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { cjkFontFamily, cjkFontPath } from '../../../server/src/exports/fonts.js';
import { type TableDocument, writeTablePdf } from '../../../server/src/exports/pdf.js';
import { sink } from './sink.js';

const DATE = new Date('2026-11-29T02:00:00Z');

function catalogue(rows: number, hash = (i: number) => createHash('sha256').update(String(i)).digest('hex')) {
  return {
    title: '导出包目录',
    subtitle: '某某县市场监督管理局',
    meta: [
      ['案件编号', 'AJ-2026-0001'],
      ['申请编号', 'FZ-2026-0003'],
    ],
    columns: [
      { header: '序号', width: 4 },
      { header: '题名', width: 20 },
      { header: '类别', width: 5 },
      { header: '采集时间', width: 11 },
      { header: '执法人员', width: 9 },
      { header: '设备', width: 10 },
      { header: 'SHA-256', width: 8 },
      { header: '水印', width: 4 },
    ],
    rows: Array.from({ length: rows }, (_, i) => [
      String(i + 1),
      `现场检查录像 第${i + 1}段`,
      '视频',
      '2026-11-20 10:00:05',
      '张三',
      'DSJ-0007',
      hash(i),
      '是',
    ]),
    footer: '本目录由系统生成。',
    date: DATE,
  } satisfies TableDocument;
}

async function render(table: TableDocument): Promise<Buffer> {
  const out = sink();
  await writeTablePdf(out.stream, table);
  return out.bytes();
}

/** Every decodable stream of the PDF, as text. */
async function streamsOf(bytes: Buffer): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.context
    .enumerateIndirectObjects()
    .filter(([, object]) => object instanceof PDFRawStream)
    .map(([, stream]) => Buffer.from(decodePDFRawStream(stream as PDFRawStream).decode()).toString('latin1'));
}

afterEach(() => {
  delete process.env.PDF_CJK_FONT;
});

describe('writeTablePdf', () => {
  it('writes a multi-page PDF with the Chinese font embedded and the Chinese text mapped', async () => {
    const bytes = await render(catalogue(300));
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThan(1);
    expect(pdf.getPage(0).getSize().width).toBeGreaterThan(pdf.getPage(0).getSize().height);
    expect(bytes.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+WenQuanYi/);
    // The subset font's ToUnicode map lists each character drawn: 目录 (title), 共/页 (page numbers).
    const cmap = (await streamsOf(bytes)).find((text) => text.includes('beginbfrange'))!.toLowerCase();
    for (const char of '目录共页') expect(cmap).toContain(char.charCodeAt(0).toString(16).padStart(4, '0'));
  });

  it('wraps long hashes in a narrow column (rows grow taller, so more pages)', async () => {
    const wrapped = await PDFDocument.load(await render(catalogue(200)));
    const short = await PDFDocument.load(await render(catalogue(200, () => 'ab12')));
    expect(wrapped.getPageCount()).toBeGreaterThan(short.getPageCount());
  });

  it('is reproducible for a given date', async () => {
    expect((await render(catalogue(30))).equals(await render(catalogue(30)))).toBe(true);
  });

  it('refuses a row of the wrong length before writing', async () => {
    const table = catalogue(2);
    table.rows[1].pop();
    const out = sink();
    await expect(writeTablePdf(out.stream, table)).rejects.toThrow(/Row 2 has 7 cells for 8 columns/);
    expect(out.stream.writableEnded).toBe(false);
  });
});

describe('the CJK font', () => {
  it('is found among the installed Debian fonts, with the face pdfkit needs from the collection', () => {
    const file = cjkFontPath();
    expect(file).toMatch(/\.tt[cf]$|\.otf$/);
    if (file.endsWith('wqy-zenhei.ttc')) expect(cjkFontFamily(file)).toBe('WenQuanYiZenHei');
  });

  it('fails clearly when PDF_CJK_FONT names a missing file', async () => {
    process.env.PDF_CJK_FONT = '/nonexistent/font.ttc';
    expect(() => cjkFontPath()).toThrow(/PDF_CJK_FONT names \/nonexistent\/font.ttc, which does not exist/);
    const out = sink();
    await expect(writeTablePdf(out.stream, catalogue(1))).rejects.toThrow(/PDF_CJK_FONT/);
    expect(out.stream.writableEnded).toBe(false);
  });
});
