import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { cjkFontFamily, cjkFontPath } from './fonts.js';

/** A printable table: the catalogue of an export package, a compliance report. */
export interface TableDocument {
  title: string;
  subtitle?: string;
  /** Key/value pairs printed two to a line under the title, on the first page only. */
  meta: [string, string][];
  /** `width` is a relative weight: the columns share the page's width in these proportions. */
  columns: { header: string; width: number }[];
  rows: string[][];
  /** Printed once, after the last row (a note, a signature line). */
  footer?: string;
  /** Creation date written in the PDF's info; fixed in tests so the bytes are reproducible. */
  date?: Date;
}

const MARGIN = 36;
/** Rows stop here; the page number sits below. */
const BOTTOM = 50;
const PAD = 3;
const SIZE = { title: 16, subtitle: 11, meta: 9.5, cell: 8.5, pageNumber: 8 };
/** Bytes pdfkit may hold before rendering waits for `output` to take them. */
const BACKLOG = 1 << 20;

/** One page of the plan: which rows it holds and at what heights; the first page starts lower. */
interface PagePlan {
  rows: { index: number; height: number }[];
  top: number;
  footer: boolean;
}

/**
 * Streams an A4 landscape PDF: title, meta, then a table whose header row repeats on every page and whose cells wrap
 * (long unbroken strings such as SHA-256 hashes break anywhere), each page numbered "第 N 页 / 共 M 页". Rows are
 * measured first so that M is known without buffering pages. Resolves when `output` has finished; a missing font or a
 * row of the wrong length rejects before anything is written, a later failure destroys `output` and rejects.
 */
export async function writeTablePdf(output: Writable, table: TableDocument): Promise<void> {
  const fontPath = cjkFontPath();
  table.rows.forEach((row, i) => {
    if (row.length !== table.columns.length) {
      throw new Error(`Row ${i + 1} has ${row.length} cells for ${table.columns.length} columns`);
    }
  });
  const pdf = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: 10 },
    info: { Title: table.title, Producer: 'enforcement-records', CreationDate: table.date ?? new Date() },
    autoFirstPage: true,
  });
  pdf.registerFont('cjk', fontPath, cjkFontFamily(fontPath));
  pdf.font('cjk');
  const done = pipeline(pdf, output);
  done.catch(() => {}); // awaited below; this only keeps an early failure from counting as unhandled
  try {
    const layout = new Layout(pdf, table);
    const plan = layout.plan();
    for (const [n, page] of plan.entries()) {
      if (n > 0) pdf.addPage();
      if (n === 0) layout.heading(true);
      layout.drawPage(page);
      layout.forgetLayouts();
      pdf.fontSize(SIZE.pageNumber).fillColor('#333333');
      pdf.text(`第 ${n + 1} 页 / 共 ${plan.length} 页`, MARGIN, pdf.page.height - 32, {
        width: layout.contentWidth,
        align: 'center',
        lineBreak: false,
      });
      while (pdf.readableLength > BACKLOG) {
        await Promise.race([output.writableNeedDrain ? once(output, 'drain') : new Promise(setImmediate), done]);
      }
    }
    pdf.end();
  } catch (error) {
    pdf.destroy(error as Error);
  }
  await done;
}

/** Measures and draws; both use the same wrapping (pdfkit's), so the plan matches what is drawn. */
class Layout {
  readonly contentWidth: number;
  private readonly widths: number[];
  private readonly bottom: number;

  constructor(
    private readonly pdf: PDFKit.PDFDocument,
    private readonly table: TableDocument,
  ) {
    this.contentWidth = pdf.page.width - 2 * MARGIN;
    this.bottom = pdf.page.height - BOTTOM;
    const total = table.columns.reduce((sum, column) => sum + Math.max(column.width, 0), 0) || 1;
    this.widths = table.columns.map((column) => (Math.max(column.width, 0) / total) * this.contentWidth);
  }

  /** Splits the rows into pages; a row taller than a whole page is cut to fit (drawn with an ellipsis). */
  plan(): PagePlan[] {
    const header = this.rowHeight(this.table.columns.map((column) => column.header));
    const tallest = this.bottom - MARGIN - header;
    const pages: PagePlan[] = [{ rows: [], top: this.heading(false), footer: false }];
    let y = pages[0].top + header;
    this.table.rows.forEach((row, index) => {
      const height = Math.min(this.rowHeight(row), tallest);
      if (y + height > this.bottom) {
        pages.push({ rows: [], top: MARGIN, footer: false });
        y = MARGIN + header;
      }
      pages.at(-1)!.rows.push({ index, height });
      if (index % 100 === 99) this.forgetLayouts();
      y += height;
    });
    if (this.table.footer) {
      if (y + 8 + this.footerHeight() > this.bottom) pages.push({ rows: [], top: MARGIN, footer: false });
      pages.at(-1)!.footer = true;
    }
    return pages;
  }

  /** Title, subtitle and meta; returns where the table starts. Measures only, without drawing, unless `draw`. */
  heading(draw: boolean): number {
    const { pdf, table } = this;
    const put = (text: string, x: number, y: number, width: number, align: 'left' | 'center' = 'left') => {
      if (draw) pdf.text(text, x, y, { width, align });
      return pdf.heightOfString(text, { width });
    };
    pdf.fillColor('#000000');
    pdf.fontSize(SIZE.title);
    let y = MARGIN + put(table.title, MARGIN, MARGIN, this.contentWidth, 'center');
    pdf.fontSize(SIZE.subtitle);
    if (table.subtitle) y += 2 + put(table.subtitle, MARGIN, y + 2, this.contentWidth, 'center');
    y += 10;
    const half = this.contentWidth / 2;
    for (let i = 0; i < table.meta.length; i += 2) {
      const pair = table.meta.slice(i, i + 2).map(([key, value]) => `${key}：${value}`);
      pdf.fontSize(SIZE.meta);
      y += Math.max(...pair.map((text, j) => put(text, MARGIN + j * half, y, half - 8))) + 2;
    }
    return y + 8;
  }

  drawPage(page: PagePlan): void {
    let y = page.top;
    const headers = this.table.columns.map((column) => column.header);
    y += this.drawRow(headers, y, this.rowHeight(headers), true);
    for (const { index, height } of page.rows) y += this.drawRow(this.table.rows[index], y, height, false);
    if (page.footer) {
      this.pdf.fontSize(SIZE.meta).fillColor('#000000');
      this.pdf.text(this.table.footer!, MARGIN, y + 8, { width: this.contentWidth });
    }
  }

  /**
   * Empties pdfkit's per-font cache of laid-out strings. It makes measuring and then drawing the same cell about 2.5 times
   * faster, but it is never emptied and every hash is a new key (5,000 rows: 350 MB RSS without this, 140 MB with
   * the cache off but 2.5 times slower). `_font.layoutCache` is pdfkit's internal (0.20); if it is renamed this
   * does nothing and memory grows with the rows again.
   */
  forgetLayouts(): void {
    const font = (this.pdf as unknown as { _font?: { layoutCache?: object } })._font;
    if (font?.layoutCache) font.layoutCache = Object.create(null);
  }

  private footerHeight(): number {
    return this.pdf.fontSize(SIZE.meta).heightOfString(this.table.footer ?? '', { width: this.contentWidth });
  }

  private rowHeight(cells: string[]): number {
    this.pdf.fontSize(SIZE.cell);
    const line = this.pdf.currentLineHeight(true);
    const heights = cells.map((text, i) =>
      text ? this.pdf.heightOfString(text, { width: Math.max(this.widths[i] - 2 * PAD, 1) }) : line,
    );
    return Math.max(line, ...heights) + 2 * PAD;
  }

  private drawRow(cells: string[], y: number, height: number, header: boolean): number {
    const { pdf } = this;
    let x = MARGIN;
    pdf.lineWidth(0.5).fontSize(SIZE.cell);
    cells.forEach((text, i) => {
      const width = this.widths[i];
      if (header) pdf.rect(x, y, width, height).fillAndStroke('#eeeeee', '#999999');
      else pdf.rect(x, y, width, height).stroke('#999999');
      pdf.fillColor('#000000').text(text, x + PAD, y + PAD, {
        width: Math.max(width - 2 * PAD, 1),
        height: height - 2 * PAD + 1, // cuts only a row taller than a page; +1 absorbs rounding
        ellipsis: true,
      });
      x += width;
    });
    return height;
  }
}
