// Word lists of the synthetic nation: province codes and abbreviations (GB/T 2260
// and the 法院代字 of case-number-tables.ts), synthetic place and person names,
// the agencies of a county with the management domain each one answers for.

/** [GB/T 2260 province code, province name, 法院代字 of its high court]. */
export const PROVINCES: readonly (readonly [string, string, string])[] = [
  ['11', '北京市', '京'],
  ['12', '天津市', '津'],
  ['13', '河北省', '冀'],
  ['14', '山西省', '晋'],
  ['15', '内蒙古自治区', '内'],
  ['21', '辽宁省', '辽'],
  ['22', '吉林省', '吉'],
  ['23', '黑龙江省', '黑'],
  ['31', '上海市', '沪'],
  ['32', '江苏省', '苏'],
  ['33', '浙江省', '浙'],
  ['34', '安徽省', '皖'],
  ['35', '福建省', '闽'],
  ['36', '江西省', '赣'],
  ['37', '山东省', '鲁'],
  ['41', '河南省', '豫'],
  ['42', '湖北省', '鄂'],
  ['43', '湖南省', '湘'],
  ['44', '广东省', '粤'],
  ['45', '广西壮族自治区', '桂'],
  ['46', '海南省', '琼'],
  ['50', '重庆市', '渝'],
  ['51', '四川省', '川'],
  ['52', '贵州省', '黔'],
  ['53', '云南省', '云'],
  ['54', '西藏自治区', '藏'],
  ['61', '陕西省', '陕'],
  ['62', '甘肃省', '甘'],
  ['63', '青海省', '青'],
  ['64', '宁夏回族自治区', '宁'],
  ['65', '新疆维吾尔自治区', '新'],
];

// Two syllables make a place name: 东安, 青河 … (synthetic, not real places).
const PLACE_FIRST = [
  '东',
  '西',
  '南',
  '北',
  '青',
  '清',
  '安',
  '长',
  '永',
  '新',
  '平',
  '兴',
  '德',
  '宁',
  '福',
  '华',
];
const PLACE_SECOND = [
  '安',
  '河',
  '山',
  '阳',
  '城',
  '江',
  '川',
  '源',
  '林',
  '丰',
  '泉',
  '湖',
  '宁',
  '昌',
  '原',
  '台',
];

/** A synthetic place name, distinct for distinct n below 256. */
export function placeName(n: number): string {
  return `${PLACE_FIRST[Math.floor(n / 16) % 16]}${PLACE_SECOND[n % 16]}`;
}

/** [agency name suffix, management domain code, cause codes it is typically sued over]. */
export const COUNTY_AGENCIES: readonly (readonly [string, string, readonly string[]])[] = [
  ['公安局', 'public-security', ['penalty', 'compulsion', 'registration']],
  ['自然资源和规划局', 'natural-resources', ['licensing', 'registration', 'penalty']],
  ['住房和城乡建设局', 'urban-construction', ['licensing', 'expropriation', 'nonperformance']],
  ['人力资源和社会保障局', 'human-resources', ['confirmation', 'payment', 'information-disclosure']],
  ['市场监督管理局', 'market-regulation', ['penalty', 'registration', 'information-disclosure']],
  ['生态环境局', 'environment', ['penalty', 'compulsion', 'licensing']],
  ['综合行政执法局', 'law-enforcement', ['compulsion', 'penalty', 'nonperformance']],
];

export const TOWNSHIP_SUFFIXES = ['街道', '镇', '乡'] as const;

/** 百家姓 and given-name characters for plaintiffs and third parties (synthetic people). */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
export const GIVEN_NAMES =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国红梅志文斌波宁晨浩宇欣怡'.split('');

/** Company name words for organisation plaintiffs. */
export const COMPANY_WORDS = [
  '宏达',
  '鑫源',
  '恒信',
  '华泰',
  '永安',
  '金桥',
  '瑞丰',
  '天成',
  '广厦',
  '长青',
  '顺通',
  '汇丰',
] as const;
export const COMPANY_TRADES = [
  '建设工程',
  '房地产开发',
  '商贸',
  '物流',
  '食品',
  '化工',
  '科技',
  '农业开发',
] as const;

/** What was decided, by cause code: the words after "…作出的". */
export const ACT_BY_CAUSE: Readonly<Record<string, string>> = {
  penalty: '行政处罚决定',
  compulsion: '行政强制措施',
  licensing: '不予行政许可决定',
  expropriation: '房屋征收决定',
  registration: '不动产登记行为',
  confirmation: '工伤认定决定',
  'information-disclosure': '政府信息公开答复',
  nonperformance: '不履行法定职责行为',
  payment: '社会保险待遇核定',
};

/** A PostgreSQL array literal of plain words (no commas, quotes or braces), sent as one parameter. */
export function textArray(words: readonly string[]): string {
  return `{${words.join(',')}}`;
}
