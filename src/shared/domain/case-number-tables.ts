// Reference tables for 案号 (court case numbers). Sources:
// - 《关于人民法院案件案号的若干规定》 (法〔2015〕137号, in force 2016-01-01), Art. 4: the SPC is “最高法”; a high
//   court's code is its province's administrative abbreviation, except 内蒙古 “内”, the PLA Military Court “军”
//   and the 新疆兵团 branch “兵”.
// - 《关于修改〈关于人民法院案件案号的若干规定〉的决定》 (法〔2018〕335号): adds the one-character 专门审判代字
//   between court code and type code, and the special two-digit ranges 71–85, 87–95, 96–99.
// - Annex 《人民法院案件类型及其代字标准》 (type codes and names below, names without the trailing “案件”).
// Where the rule leaves the abbreviation open (贵州 黔/贵, 云南 滇/云, 四川 川/蜀, 陕西 陕/秦, 甘肃 甘/陇), the table
// follows the numbers courts actually issue: （2024）黔01民终…, （2018）云01民终… (昆明中院), 川01, 陕01, 甘01.

/** 高级人民法院的法院代字 → the region it serves. */
export const HIGH_COURT_CODES: Readonly<Record<string, string>> = {
  京: '北京',
  津: '天津',
  冀: '河北',
  晋: '山西',
  内: '内蒙古',
  辽: '辽宁',
  吉: '吉林',
  黑: '黑龙江',
  沪: '上海',
  苏: '江苏',
  浙: '浙江',
  皖: '安徽',
  闽: '福建',
  赣: '江西',
  鲁: '山东',
  豫: '河南',
  鄂: '湖北',
  湘: '湖南',
  粤: '广东',
  桂: '广西',
  琼: '海南',
  渝: '重庆',
  川: '四川',
  黔: '贵州',
  云: '云南',
  藏: '西藏',
  陕: '陕西',
  甘: '甘肃',
  青: '青海',
  宁: '宁夏',
  新: '新疆',
  兵: '新疆生产建设兵团',
  军: '中国人民解放军军事法院',
};

export const SUPREME_COURT_CODE = '最高法';

/** Abbreviations people type that courts do not use, with the code to use instead. */
export const WRONG_COURT_ABBREVIATIONS: Readonly<Record<string, { region: string; code: string }>> = {
  蒙: { region: '内蒙古自治区', code: '内' },
  贵: { region: '贵州省', code: '黔' },
  滇: { region: '云南省', code: '云' },
  蜀: { region: '四川省', code: '川' },
  秦: { region: '陕西省', code: '陕' },
  陇: { region: '甘肃省', code: '甘' },
};

/** 专门审判代字 (法〔2018〕335号): so far only 知 (patent and other technical IP cases, e.g. （2019）最高法知民终1号). */
export const SPECIAL_TRIAL_CODES: Readonly<Record<string, string>> = {
  知: '知识产权',
};

export interface CaseType {
  name: string;
  administrative: boolean;
}

// The administrative types of domain.md §4: the cases this platform tracks as 行政诉讼/行政赔偿/行政司法救助.
const ADMINISTRATIVE: Record<string, string> = {
  行初: '行政一审',
  行终: '行政二审',
  行再: '行政再审',
  行申: '行政申请再审审查',
  行监: '行政依职权再审审查',
  行抗: '行政抗诉再审审查',
  行审: '非诉行政行为申请执行审查',
  行审复: '非诉行政行为申请执行审查复议',
  行他: '其他行政案件',
  行辖: '行政管辖',
  行辖终: '行政管辖上诉',
  行赔初: '行政赔偿一审',
  行赔终: '行政赔偿二审',
  行赔再: '行政赔偿再审',
  行赔申: '行政赔偿申请再审审查',
  行赔监: '行政赔偿依职权再审审查',
  行赔抗: '行政赔偿抗诉再审审查',
  行赔他: '其他行政赔偿案件',
  赔辖: '行政赔偿管辖',
  赔辖终: '行政赔偿管辖上诉',
  司救行: '行政司法救助',
};

// Every other code of the annex, so that a real number of another kind is recognised (valid, not administrative).
const OTHER: Record<string, string> = {
  // 管辖
  刑辖: '刑事管辖',
  民辖: '民事管辖',
  民辖终: '民事管辖上诉',
  民辖监: '民事管辖监督',
  // 刑事
  刑初: '刑事一审',
  刑终: '刑事二审',
  刑监: '刑事依职权再审审查',
  刑申: '刑事申诉再审审查',
  刑抗: '刑事抗诉再审审查',
  刑再: '刑事再审',
  刑没: '申请没收违法所得',
  刑核: '刑事复核',
  刑医: '申请强制医疗审查',
  刑医解: '解除强制医疗审查',
  刑医复: '强制医疗复议',
  刑医监: '强制医疗监督',
  刑止: '停止执行死刑',
  刑止调: '停止执行死刑调查',
  刑止核: '停止执行死刑调查审核',
  刑更: '刑罚与执行变更审查',
  刑更监: '刑罚与执行变更监督',
  刑更备: '刑罚与执行变更备案',
  刑他: '其他刑事案件',
  // 民事
  民初: '民事一审',
  民终: '民事二审',
  民监: '民事依职权再审审查',
  民申: '民事申请再审审查',
  民抗: '民事抗诉再审审查',
  民再: '民事再审',
  民撤: '第三人撤销之诉',
  民特: '民事特别程序',
  民特监: '民事特别程序监督',
  民催: '催告',
  民督: '申请支付令审查',
  民督监: '支付令监督',
  民他: '其他民事案件',
  民保令: '人身安全保护令申请审查',
  民保更: '人身安全保护令变更',
  // Not in the 2015 annex; issued by courts since the 诉前调解 reform, e.g. （2021）川0104民诉前调801号.
  民诉前调: '民事诉前调解',
  // 国家赔偿与司法救助
  法赔: '法院作为赔偿义务机关自赔',
  委赔: '赔偿委员会审理赔偿',
  委赔监: '司法赔偿监督审查',
  赔确监: '赔偿确认申诉审查',
  委赔提: '司法赔偿监督上级法院赔偿委员会重审',
  委赔再: '司法赔偿监督本院赔偿委员会重审',
  赔他: '其他赔偿案件',
  司救刑: '刑事司法救助',
  司救民: '民事司法救助',
  司救赔: '国家赔偿司法救助',
  司救执: '执行司法救助',
  司救访: '涉诉信访司法救助',
  司救他: '其他司法救助案件',
  // 区际司法协助
  认台: '认可与执行台湾地区裁判、仲裁裁决审查',
  认港: '认可与执行香港特别行政区裁判、仲裁裁决审查',
  认澳: '认可与执行澳门特别行政区裁判、仲裁裁决审查',
  认复: '认可与执行审查复议',
  认他: '认可与执行审查其他案件',
  请台送: '请求台湾地区送达文书审查',
  请港送: '请求香港特别行政区法院送达文书审查',
  请澳送: '请求澳门特别行政区法院送达文书审查',
  台请送: '台湾地区请求送达文书',
  港请送: '香港特别行政区法院请求送达文书',
  澳请送: '澳门特别行政区法院请求送达文书',
  请台调: '请求台湾地区调查取证审查',
  请港调: '请求香港特别行政区调查取证审查',
  请澳调: '请求澳门特别行政区法院调查取证审查',
  台请调: '台湾地区请求调查取证',
  港请调: '香港特别行政区请求调查取证',
  澳请调: '澳门特别行政区法院请求调查取证',
  请移管: '接收在台湾地区被判刑人',
  助移管: '向台湾地区移管被判刑人',
  请移赃: '接收台湾地区移交罪赃',
  助移赃: '向台湾地区移交罪赃',
  // 国际司法协助
  协外认: '承认与执行外国法院裁判、仲裁裁决审查',
  协他: '承认与执行审查其他案件',
  协外送: '外国法院请求送达文书',
  请外送: '请求外国法院送达文书审查',
  协外调: '外国法院请求调查取证',
  请外调: '请求外国法院调查取证审查',
  请外移: '接收在外国被判刑人',
  协外移: '向外国移管被判刑人',
  请外引: '请求外国引渡',
  协外引: '协助外国引渡',
  // 司法制裁
  司惩: '司法制裁审查',
  司惩复: '司法制裁复议',
  // 非诉保全 (行保 is 行为保全, not 行政: domain.md §4)
  财保: '非诉财产保全审查',
  行保: '非诉行为保全审查',
  行保复: '非诉行为保全复议',
  证保: '非诉证据保全审查',
  // 执行
  执: '首次执行',
  执恢: '恢复执行',
  执保: '财产保全执行',
  执异: '执行异议',
  执复: '执行复议',
  执监: '执行监督',
  执协: '执行协调',
  执他: '其他执行案件',
  // 强制清算与破产
  清申: '强制清算申请审查',
  破申: '破产申请审查',
  清终: '强制清算上诉',
  破终: '破产上诉',
  清监: '强制清算监督',
  破监: '破产监督',
  强清: '强制清算',
  破: '破产',
};

/** 类型代字 → Chinese name and whether the case is an administrative one. */
export const CASE_TYPES: Readonly<Record<string, CaseType>> = Object.fromEntries([
  ...Object.entries(ADMINISTRATIVE).map(([code, name]) => [code, { name, administrative: true }]),
  ...Object.entries(OTHER).map(([code, name]) => [code, { name, administrative: false }]),
]);

export const ADMINISTRATIVE_TYPE_CODES: readonly string[] = Object.keys(ADMINISTRATIVE);

/** Longest first, so that 行审复 wins over 行审 and 执恢 over 执. */
export const TYPE_CODES_LONGEST_FIRST: readonly string[] = Object.keys(CASE_TYPES).sort(
  (a, b) => b.length - a.length,
);
