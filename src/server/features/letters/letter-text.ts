// The words of the two suggestion letters (seed 002: the legal-affairs office
// "及时向被诉行政机关制发行政机关负责人出庭建议书和履行法院生效裁判建议书"):
// title and default body built from the case, and the Chinese date of the
// signature. Pure functions, so the text can be tested without a document.
import type { LetterKind } from '../../../shared/api/letters';
import { CHINA_OFFSET_MS } from '../../../shared/domain/china-time';

export interface LetterFacts {
  kind: LetterKind;
  caseNumber: string;
  courtName: string;
  subject: string;
  plaintiffNames: string[];
  addresseeName: string;
  issuerName: string;
  /** The next scheduled hearing. */
  hearing: { scheduledAt: Date; courtRoom: string | null } | null;
  /** The head designated to appear, when they belong to the addressee. */
  head: { name: string; post: string } | null;
  judgment: { kindLabel: string; resultLabel: string; effectiveOn: string | null } | null;
}

export function letterTitle(facts: LetterFacts): string {
  if (facts.kind === 'appearance-suggestion') {
    const who = facts.head ? `${facts.head.name}同志` : '负责人';
    return `关于建议${who}出庭应诉${facts.caseNumber}案件的函`;
  }
  return `关于依法履行${facts.caseNumber}案件生效裁判的建议函`;
}

/** The default body, one string per paragraph. */
export function defaultLetterBody(facts: LetterFacts): string[] {
  const plaintiffs = plaintiffList(facts.plaintiffNames);
  const we = selfReference(facts.issuerName);
  // "柯城区公安局未依法处理…" reads "诉贵单位未依法处理…一案" once the agency is 贵单位.
  const act = facts.subject.startsWith(facts.addresseeName)
    ? facts.subject.slice(facts.addresseeName.length)
    : facts.subject;
  if (facts.kind === 'appearance-suggestion') {
    const hearing = facts.hearing
      ? `，定于${arabicDateTime(facts.hearing.scheduledAt)}${facts.hearing.courtRoom ? `在${facts.hearing.courtRoom}` : ''}开庭审理`
      : '';
    const who = facts.head
      ? `贵单位${facts.head.post}${facts.head.name}同志`
      : '贵单位主要负责人或者分管该案所涉事项的负责人';
    return [
      `${plaintiffs}诉贵单位${act}一案，${facts.courtName}已立案受理，案号为${facts.caseNumber}${hearing}。`,
      '根据《中华人民共和国行政诉讼法》第三条第三款和《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》（法释〔2020〕3号）的规定，被诉行政机关负责人应当出庭应诉；不能出庭的，应当委托行政机关相应的工作人员出庭，并向人民法院书面说明理由。',
      `为切实做好行政应诉工作，建议${who}出庭应诉，做到出庭、出声、出效果，并在庭审结束后及时将出庭应诉情况报送${we}。`,
      '特此函告。',
    ];
  }
  const judgment = facts.judgment;
  const effective = judgment?.effectiveOn
    ? `已于${arabicDate(judgment.effectiveOn)}发生法律效力`
    : '已发生法律效力';
  const decided = judgment
    ? `作出的${judgment.kindLabel}（裁判结果：${judgment.resultLabel}）`
    : '作出的裁判';
  return [
    `${plaintiffs}诉贵单位${act}一案，${facts.courtName}${decided}${effective}，案号为${facts.caseNumber}。`,
    '根据《中华人民共和国行政诉讼法》第九十四条至第九十六条的规定，当事人必须履行人民法院发生法律效力的判决、裁定、调解书；行政机关拒绝履行的，第一审人民法院可以对该行政机关负责人按日处五十元至一百元的罚款，将拒绝履行的情况予以公告，向监察机关或者该行政机关的上一级行政机关提出司法建议，社会影响恶劣的，可以对直接负责的主管人员和其他直接责任人员予以拘留。',
    `为维护司法权威，建议贵单位严格按照生效裁判确定的内容和期限全面履行，并将履行情况及相关证明材料及时报送${we}。`,
    '特此函告。',
  ];
}

/** Paragraphs of a body typed by the user: one per non-empty line. */
export function paragraphsOf(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function plaintiffList(names: string[]): string {
  if (names.length === 0) return '原告';
  if (names.length <= 3) return names.join('、');
  return `${names.slice(0, 3).join('、')}等${names.length}人`;
}

function selfReference(issuerName: string): string {
  if (issuerName.endsWith('局')) return '我局';
  if (issuerName.endsWith('办公室') || issuerName.endsWith('办')) return '我办';
  return '我单位';
}

/** 2026年11月5日9时30分, in China time (GB/T 9704: Arabic numerals in the body). */
function arabicDateTime(at: Date): string {
  const local = new Date(at.getTime() + CHINA_OFFSET_MS);
  const minutes = local.getUTCMinutes();
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日${local.getUTCHours()}时${minutes ? `${minutes}分` : ''}`;
}

/** 2026-11-02 → 2026年11月2日: GB/T 9704-2012 writes dates, the 成文日期 included, in Arabic numerals. */
export function arabicDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
