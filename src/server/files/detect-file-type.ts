// What a file really is, judged by its content (magic bytes and container
// structure), never by its name or the type the client declared. `file-type`
// reads the signatures and looks inside ZIP containers to tell .docx and
// .xlsx from a plain ZIP; compound files are told apart by cfb-kind.ts.
import { fileTypeFromFile } from 'file-type/node';
import { cfbKindOf } from './cfb-kind';

export interface DetectedType {
  ext: string;
  mime: string;
}

const LEGACY_OFFICE: Record<string, DetectedType> = {
  doc: { ext: 'doc', mime: 'application/msword' },
  xls: { ext: 'xls', mime: 'application/vnd.ms-excel' },
};

/** The detected type, or null when the content matches no known signature (plain text, say). */
export async function detectFileType(filePath: string): Promise<DetectedType | null> {
  const found = await fileTypeFromFile(filePath);
  if (!found) return null;
  if (found.ext === 'cfb') {
    const kind = await cfbKindOf(filePath);
    return kind ? LEGACY_OFFICE[kind]! : { ext: 'cfb', mime: found.mime };
  }
  return { ext: found.ext, mime: found.mime };
}

// Names for types people commonly try to upload, for the refusal message.
const TYPE_NAMES: Record<string, string> = {
  zip: 'ZIP 压缩包',
  rar: 'RAR 压缩包',
  '7z': '7z 压缩包',
  gz: 'gzip 压缩文件',
  tar: 'tar 归档文件',
  exe: 'Windows 可执行程序',
  elf: 'Linux 可执行程序',
  msi: 'Windows 安装包',
  cfb: 'OLE 复合文档（不是 Word 或 Excel 文件）',
  gif: 'GIF 图片',
  webp: 'WebP 图片',
  bmp: 'BMP 图片',
  tif: 'TIFF 图片',
  heic: 'HEIC 图片',
  pptx: 'PowerPoint 演示文稿',
  ppt: 'PowerPoint 演示文稿',
  odt: 'OpenDocument 文本',
  ods: 'OpenDocument 表格',
  ofd: 'OFD 版式文档',
  xml: 'XML 文件',
  mp3: 'MP3 音频',
  mp4: 'MP4 视频',
  mov: 'QuickTime 视频',
  avi: 'AVI 视频',
  wav: 'WAV 音频',
  html: 'HTML 网页',
};

export function typeNameOf(type: DetectedType): string {
  return TYPE_NAMES[type.ext] ?? `${type.ext.toUpperCase()} 文件（${type.mime}）`;
}
