// The letter as Word (.docx) in the layout of GB/T 9704-2012 (党政机关公文格式):
// A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (版心 156 × 225 mm,
// 22 lines of 28 characters); the issuing organ's mark in red 小标宋, the
// document number centred two lines below it, a red rule 4 mm under the number,
// the title in 2号 小标宋 two lines below the rule, the addressee flush left one
// line below the title, the body in 3号 仿宋 with a two-character indent, the
// signature and date (§7.3.5.2: signature two characters from the right, the
// date's first character two characters right of the signature's), and page
// numbers "— 1 —" in 4号 宋体, odd pages right and even pages left.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import JSZip from 'jszip';

export interface LetterContent {
  issuerName: string;
  documentNumber: string;
  title: string;
  addresseeName: string;
  paragraphs: string[];
  /** 二〇二六年十一月二日 */
  date: string;
}

// Office fonts of official documents, with the font each falls back to where
// it is not installed (written to the font table as w:altName).
const FONTS = {
  title: { name: '方正小标宋简体', altName: '宋体', family: 'roman' },
  body: { name: '仿宋_GB2312', altName: '仿宋', family: 'modern' },
  pageNumber: { name: '宋体', altName: 'SimSun', family: 'auto' },
  latin: { name: 'Times New Roman', altName: 'Liberation Serif', family: 'roman' },
} as const;

const RED = 'FF0000';
const PT = 2; // docx sizes are half-points
const SIZE = { organ: 42, title: 22, body: 16, pageNumber: 14 };
const LINE = 579; // 28.95 pt: 225 mm / 22 lines, in twips
const CHAR = SIZE.body * 20; // one 3号 character, in twips

/** Millimetres in twips, rounded (A4 is 11906 × 16838). */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
const font = (eastAsia: string) => ({ ascii: FONTS.latin.name, hAnsi: FONTS.latin.name, eastAsia });
const exact = (line: number, before = 0, after = 0) => ({
  line,
  lineRule: LineRuleType.EXACT,
  before,
  after,
});

function run(text: string, options: { size: number; eastAsia: string; color?: string }) {
  return new TextRun({ text, size: options.size * PT, font: font(options.eastAsia), color: options.color });
}

const bodyRun = (text: string) => run(text, { size: SIZE.body, eastAsia: FONTS.body.name });

/** The organ's name shrinks to stay on one line of the 156 mm 版心 (≈ 442 pt). */
function organSize(name: string): number {
  return Math.max(22, Math.min(SIZE.organ, Math.floor(440 / Math.max(1, name.length))));
}

/** Right indents (in characters) of the signature and the date, per GB/T 9704 §7.3.5.2. */
export function signatureIndents(signature: string, date: string): { signature: number; date: number } {
  let dateIndent = signature.length - date.length;
  if (dateIndent < 2) dateIndent = 2;
  return { signature: dateIndent + date.length + 2 - signature.length, date: dateIndent };
}

function pageNumberFooter(alignment: 'left' | 'right'): Footer {
  const pn = { size: SIZE.pageNumber * PT, font: font(FONTS.pageNumber.name) };
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: alignment === 'right' ? { right: SIZE.pageNumber * 20 } : { left: SIZE.pageNumber * 20 },
        children: [
          new TextRun({ ...pn, text: '— ' }),
          new TextRun({ ...pn, children: [PageNumber.CURRENT] }),
          new TextRun({ ...pn, text: ' —' }),
        ],
      }),
    ],
  });
}

export async function renderLetterDocx(content: LetterContent): Promise<Buffer> {
  const indents = signatureIndents(content.issuerName, content.date);
  const children = [
    // 发文机关标志: red, centred; its top edge 35 mm below the top of the 版心.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: mm(35), after: 0 },
      children: [
        run(content.issuerName, {
          size: organSize(content.issuerName),
          eastAsia: FONTS.title.name,
          color: RED,
        }),
      ],
    }),
    // 发文字号 two lines below, centred; the red rule 4 mm under it, as wide as the 版心.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exact(LINE, 2 * LINE, 0),
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } },
      children: [bodyRun(content.documentNumber)],
    }),
    // 标题 two lines below the rule.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: exact(Math.round(LINE * 1.2), 2 * LINE, LINE),
      children: [run(content.title, { size: SIZE.title, eastAsia: FONTS.title.name })],
    }),
    // 主送机关 flush left, followed by a full-width colon.
    new Paragraph({ spacing: exact(LINE), children: [bodyRun(`${content.addresseeName}：`)] }),
    ...content.paragraphs.map(
      (text) =>
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: exact(LINE),
          indent: { firstLine: 2 * CHAR },
          children: [bodyRun(text)],
        }),
    ),
    // 发文机关署名 one blank line below the body, then 成文日期.
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: exact(LINE, LINE, 0),
      indent: { right: indents.signature * CHAR },
      children: [bodyRun(content.issuerName)],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: exact(LINE),
      indent: { right: indents.date * CHAR },
      children: [bodyRun(content.date)],
    }),
  ];

  const document = new Document({
    title: content.title,
    creator: content.issuerName,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { size: SIZE.body * PT, font: font(FONTS.body.name) },
          paragraph: { spacing: exact(LINE) },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            // In twips: older Word and WPS read no universal measures ("210mm").
            size: { width: mm(210), height: mm(297) },
            margin: {
              top: mm(37),
              bottom: mm(35),
              left: mm(28),
              right: mm(26),
              footer: mm(21),
              header: mm(15),
            },
          },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children,
      },
    ],
  });
  return withFontFallbacks(await Packer.toBuffer(document));
}

/**
 * docx writes an empty font table; Word and WPS pick a substitute for a font
 * that is not installed from the table's alternate name, character set and
 * family, so each font is declared there with its fallback.
 */
async function withFontFallbacks(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const fonts = Object.values(FONTS)
    .map((f) => {
      const charset = f === FONTS.latin ? '00' : '86'; // 86: GB2312
      return `<w:font w:name="${f.name}"><w:altName w:val="${f.altName}"/><w:charset w:val="${charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="variable"/></w:font>`;
    })
    .join('');
  zip.file(
    'word/fontTable.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
