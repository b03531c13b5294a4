// The building blocks of the reports we write as Word (.docx) — the 三通报 and
// the periodic reports: A4 with the margins of GB/T 9704, 仿宋 body text in 三号,
// 黑体 headings, and tables in 五号 宋体 so that they fit the 版心.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { CHINA_OFFSET_MS } from '../../shared/domain/china-time';

type Font = { ascii: string; hAnsi: string; eastAsia: string };

export const BODY_FONT: Font = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia: '仿宋_GB2312',
};
export const TITLE_FONT: Font = { ...BODY_FONT, eastAsia: '方正小标宋简体' };
export const HEADING_FONT: Font = { ...BODY_FONT, eastAsia: '黑体' };
const TABLE_FONT: Font = { ...BODY_FONT, eastAsia: '宋体' };

/** Millimetres in twips, rounded. */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
/** The 版心's width: A4 less the left and right margins of packA4Document. */
const TEXT_WIDTH = mm(210 - 28 - 26);

/** A run of text; sizes are half-points (32 = 三号). */
export function text(value: string, options: { bold?: boolean; size?: number; font?: Font } = {}) {
  return new TextRun({
    text: value,
    bold: options.bold,
    size: options.size ?? 32,
    font: options.font ?? BODY_FONT,
  });
}

const RED = 'FF0000';

/**
 * The 版头 of a numbered document (GB/T 9704 §7.2): the issuing organ's name in red 小标宋,
 * centred (shrunk to stay on one line of the 版心), the 文号 centred two lines below it, and
 * a red rule under the 文号 as wide as the 版心.
 */
export function redHeader(issuerName: string, documentNumber: string): Paragraph[] {
  // 二号 (44 half-points) at most; about 442 pt of 版心 for the name.
  const size = Math.max(44, Math.min(84, Math.floor(880 / Math.max(1, issuerName.length))));
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0 },
      children: [new TextRun({ text: issuerName, size, font: TITLE_FONT, color: RED })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 600, after: 480 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } },
      children: [text(documentNumber)],
    }),
  ];
}

/** A body paragraph with the first line indented by two characters. */
export const body = (value: string) => new Paragraph({ indent: { firstLine: 640 }, children: [text(value)] });

/** The paragraphs of a narrative typed with line breaks; `empty` when nothing was written. */
export function bodyParagraphs(narrative: string, empty?: string): Paragraph[] {
  const paragraphs = narrative
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return paragraphs.length > 0 || empty === undefined ? paragraphs.map(body) : [body(empty)];
}

export const heading = (value: string) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_2,
    // A heading never ends a page: it stays with what it introduces.
    keepNext: true,
    spacing: { before: 240, after: 120 },
    children: [text(value, { bold: true, font: HEADING_FONT })],
  });

export const rightAligned = (value: string, spacingBefore = 0) =>
  new Paragraph({
    alignment: AlignmentType.RIGHT,
    spacing: { before: spacingBefore },
    children: [text(value)],
  });

function cell(value: string | number, isHeader = false, width?: number): TableCell {
  return new TableCell({
    width: width === undefined ? undefined : { size: width, type: WidthType.DXA },
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [text(String(value), { bold: isHeader, size: 21, font: TABLE_FONT })],
      }),
    ],
  });
}

/**
 * A table with a repeated header row, or a body paragraph saying `empty` when there are no rows.
 * `weights` share the 版心 among the columns (e.g. a wide column of definitions beside narrow
 * numbers); without them the columns are equal.
 */
export function dataTable(
  headers: string[],
  rows: (string | number)[][],
  empty: string,
  weights?: number[],
): Table | Paragraph {
  if (rows.length === 0) return body(empty);
  if (!weights) {
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }),
        ...rows.map((row) => new TableRow({ children: row.map((v) => cell(v)) })),
      ],
    });
  }
  const sum = weights.reduce((s, w) => s + w, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / sum));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, true, widths[i])) }),
      ...rows.map((row) => new TableRow({ children: row.map((v, i) => cell(v, false, widths[i])) })),
    ],
  });
}

/** A day as written on a document: 2026年11月22日 (China time). */
export function chineseDate(at: Date): string {
  const d = new Date(at.getTime() + CHINA_OFFSET_MS);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** One A4 section with the GB/T 9704 margins, packed to the bytes of a .docx. */
export function packA4Document(options: {
  title: string;
  creator: string;
  children: (Paragraph | Table)[];
}): Promise<Buffer> {
  const document = new Document({
    title: options.title,
    creator: options.creator,
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
          },
        },
        children: options.children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
