import { describe, expect, it } from 'vitest';
import type { CellValue } from './cells';
import { locateHeader } from './header';
import { readSheetRow } from './read-row';

describe('locateHeader', () => {
  it('finds the header below a title row and a unit line', () => {
    const rows: CellValue[][] = [
      ['龙游县人民法院2026年3月排庭表', '龙游县人民法院2026年3月排庭表', '龙游县人民法院2026年3月排庭表'],
      ['制表单位：立案庭', null, null],
      ['序号', '案 号', '开庭日期', '法庭', '承办法官'],
      [1, '（2026）浙0825行初15号', '2026-03-05 09:30', '第三法庭', '王法官'],
    ];
    expect(locateHeader(rows, 'hearings')).toEqual({
      ok: true,
      headerRow: 2,
      columns: { caseNumber: 1, scheduledAt: 2, courtRoom: 3, judge: 4 },
    });
  });

  it('reads a two-level header whose upper cell is merged (read as its value in every column)', () => {
    const rows: CellValue[][] = [
      ['案号', '开庭时间', '被告机关', '负责人是否出庭', '出庭人员', '出庭人员'],
      ['案号', '开庭时间', '被告机关', '负责人是否出庭', '姓名', '职务'],
    ];
    const header = locateHeader(rows, 'appearances');
    expect(header).toEqual({
      ok: true,
      headerRow: 1,
      columns: {
        caseNumber: 0,
        scheduledAt: 1,
        defendant: 2,
        didHeadAppear: 3,
        personName: 4,
        personPost: 5,
      },
    });
  });

  it('names the required columns that are missing', () => {
    expect(locateHeader([['案号', '法庭']], 'hearings')).toEqual({
      ok: false,
      message: '表头（第1行）缺少必需的列：“开庭时间”。请使用下载的模板，或核对所选的数据类型',
    });
  });

  it('says so when no header is found at all', () => {
    expect(
      locateHeader(
        [
          ['姓名', '年龄'],
          ['张三', 30],
        ],
        'judgments',
      ),
    ).toEqual({
      ok: false,
      message:
        '在前10行中未找到表头：应有 “案号”、“裁判类型”、“裁判结果”、“是否败诉”、“送达日期”、“是否需要履行” 等列。请使用下载的模板，或核对所选的数据类型',
    });
  });
});

describe('readSheetRow', () => {
  const columns = {
    caseNumber: 0,
    scheduledAt: 1,
    defendant: 2,
    didHeadAppear: 3,
    personName: 4,
    agents: 5,
  };

  it('reads a row into the API shape, leaving blank cells out', () => {
    expect(
      readSheetRow(
        'appearances',
        [
          '（2026）浙0825行初15号',
          '2026年3月5日 上午9:30',
          '柯城区自然资源和规划局',
          '否',
          '',
          '张明（工作人员）、李华（律师）',
        ],
        columns,
      ),
    ).toEqual({
      isBlank: false,
      caseNumberText: '（2026）浙0825行初15号',
      errors: [],
      row: {
        caseNumber: '（2026）浙0825行初15号',
        scheduledAt: '2026-03-05T09:30:00+08:00',
        defendant: '柯城区自然资源和规划局',
        didHeadAppear: false,
        agents: [
          { name: '张明', kind: 'staff' },
          { name: '李华', kind: 'lawyer' },
        ],
      },
    });
  });

  it('reports every unreadable cell by its Chinese column, and a missing key', () => {
    const read = readSheetRow('appearances', ['', '明天', '某局', '也许', '', '张明'], columns);
    expect(read.row).toBeNull();
    expect(read.errors).toEqual([
      {
        field: 'scheduledAt',
        column: '开庭时间',
        message: '无法识别日期“明天”，请写作如 2026-03-05 或 2026年3月5日',
      },
      { field: 'didHeadAppear', column: '负责人是否出庭', message: '应填写“是”或“否”，当前为“也许”' },
      {
        field: 'agents',
        column: '代理人',
        message: '代理人“张明”请在姓名后括注类别，如“张明（工作人员）”或“李华（律师）”',
      },
      { field: 'caseNumber', column: '案号', message: '请填写案号' },
    ]);
  });

  it('marks a row with nothing in the known columns as blank', () => {
    expect(readSheetRow('appearances', [null, ' ', '', null], columns).isBlank).toBe(true);
  });

  it('reads judgments with labels, aliases and the two halves of 事实不清、证据不足', () => {
    const read = readSheetRow(
      'judgments',
      [
        '（2026）浙0825行初15号',
        '判决书',
        '撤销',
        '是',
        '事实不清、证据不足、程序违法',
        new Date(Date.UTC(2026, 9, 20)),
        '是',
      ],
      { caseNumber: 0, kind: 1, result: 2, isLost: 3, lossReasons: 4, servedOn: 5, requiresPerformance: 6 },
    );
    expect(read.row).toEqual({
      caseNumber: '（2026）浙0825行初15号',
      kind: 'judgment',
      result: 'revoke',
      isLost: true,
      lossReasons: ['facts-unclear', 'procedure'],
      servedOn: '2026-10-20',
      requiresPerformance: true,
    });
  });
});
