// The demo locality's cases (issue 3 item 11): about 60 lawsuits of the kinds
// these offices see, spread over every stage, with hearings in the coming weeks.
// People and companies are fictional.

export interface DemoCaseTemplate {
  causeCode: string;
  domainCode: string;
  agency: string; // suffix of the defendant's name within a county, e.g. 自然资源和规划局
  subject: string;
  claims: string;
  plaintiffIsCompany?: boolean;
  isMass?: boolean;
  isMajorSensitive?: boolean;
  isEnterprise?: boolean;
  isDebt?: boolean;
}

export const DEMO_CASE_TEMPLATES: DemoCaseTemplate[] = [
  {
    causeCode: 'expropriation',
    domainCode: 'housing-expropriation',
    agency: '住房和城乡建设局',
    subject: '作出的国有土地上房屋征收补偿决定',
    claims: '撤销房屋征收补偿决定，重新作出补偿决定',
    isMass: true,
  },
  {
    causeCode: 'information-disclosure',
    domainCode: 'natural-resources',
    agency: '自然资源和规划局',
    subject: '对原告政府信息公开申请作出的答复',
    claims: '撤销信息公开答复，责令重新答复并公开征地批复文件',
  },
  {
    causeCode: 'confirmation',
    domainCode: 'human-resources',
    agency: '人力资源和社会保障局',
    subject: '作出的不予认定工伤决定',
    claims: '撤销不予认定工伤决定，责令重新作出工伤认定',
  },
  {
    causeCode: 'penalty',
    domainCode: 'market-regulation',
    agency: '市场监督管理局',
    subject: '作出的销售不合格产品行政处罚决定',
    claims: '撤销行政处罚决定书',
    plaintiffIsCompany: true,
    isEnterprise: true,
  },
  {
    causeCode: 'penalty',
    domainCode: 'law-enforcement',
    agency: '综合行政执法局',
    subject: '作出的限期拆除违法建筑决定',
    claims: '确认限期拆除决定违法并予以撤销',
  },
  {
    causeCode: 'licensing',
    domainCode: 'environment',
    agency: '生态环境局',
    subject: '作出的不予核发排污许可证决定',
    claims: '撤销不予许可决定，责令核发排污许可证',
    plaintiffIsCompany: true,
    isEnterprise: true,
  },
  {
    causeCode: 'nonperformance',
    domainCode: 'public-security',
    agency: '公安局',
    subject: '未对原告的报警求助依法处理',
    claims: '确认被告未履行法定职责违法，责令依法处理',
  },
  {
    causeCode: 'agreement',
    domainCode: 'housing-expropriation',
    agency: '住房和城乡建设局',
    subject: '未按约履行房屋征收补偿协议',
    claims: '判令被告继续履行补偿协议并支付安置补助费',
    isDebt: true,
  },
  {
    causeCode: 'compensation',
    domainCode: 'law-enforcement',
    agency: '综合行政执法局',
    subject: '强制拆除原告彩钢棚造成的财产损失',
    claims: '判令被告赔偿财产损失',
  },
  {
    causeCode: 'registration',
    domainCode: 'natural-resources',
    agency: '自然资源和规划局',
    subject: '作出的不动产登记行为',
    claims: '撤销不动产权证书登记',
    isMajorSensitive: true,
  },
];

export const DEMO_PERSON_NAMES = [
  '张卫东',
  '李秀英',
  '王建平',
  '刘桂芳',
  '陈国强',
  '杨丽华',
  '赵志刚',
  '黄美玲',
  '周海涛',
  '吴淑珍',
  '徐明亮',
  '孙晓燕',
  '胡建军',
  '朱红梅',
  '郭振华',
  '何秀兰',
  '高永胜',
  '林巧云',
  '罗文斌',
  '郑雪梅',
];

export const DEMO_COMPANY_NAMES = [
  '衢州某建材有限公司',
  '浙江某置业有限公司',
  '衢州某食品有限公司',
  '龙游某化工有限公司',
  '衢江某物流有限公司',
];

export const DEMO_COUNTIES = [
  { prefix: '柯城区', region: '330802', town: '府山街道' },
  { prefix: '衢江区', region: '330803', town: '樟潭街道' },
  { prefix: '龙游县', region: '330825', town: '东华街道' },
];

// How far each demo case gets: [stage reached, how many cases].
export const DEMO_STAGE_PLAN = [
  ['defending', 9],
  ['defending-overdue', 3],
  ['pending-hearing', 12],
  ['in-trial', 7],
  ['judged', 8],
  ['appealed', 4],
  ['effective', 5],
  ['performed', 4],
  ['closed', 4],
] as const;
