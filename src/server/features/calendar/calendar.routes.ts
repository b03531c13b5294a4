// /api/calendar: the official holiday calendar (shipped notices and an administrator's
// corrections), the legal-period rule table, and a deadline computed with both.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  deadlineQuerySchema,
  deadlineSchema,
  holidayYearListSchema,
  holidayYearSchema,
  periodRuleSchema,
  savedHolidayYearSchema,
  saveHolidayYearSchema,
  yearParamSchema,
} from '../../../shared/api/calendar';
import { errorResponses } from '../../../shared/api/common';
import { computeDeadline, findRule, PERIOD_RULES, ruleVersions } from '../../../shared/domain/periods';
import { auditContextOf } from '../../http/auth';
import { fieldError } from '../../http/errors';
import { can } from '../../http/principal';
import { presentHolidayYear, presentHolidayYears } from './calendar.present';
import { findHolidayYearRow, listHolidayYearRows } from './calendar.queries';
import { chinaYearOf, loadCalendar } from './load-calendar';
import { saveHolidayYear } from './save-holiday-year';

const tags = ['节假日'];

export async function calendarRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;
  const lastYear = () => chinaYearOf(app.clock.now()) + 1;

  r.get(
    '/calendar/years',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: '各年度节假日安排的来源（随系统发布、管理员修订或未收录），2015年至明年',
        response: { 200: holidayYearListSchema, ...errorResponses },
      },
    },
    async (req) => ({
      items: presentHolidayYears(await listHolidayYearRows(db), lastYear()),
      abilities: { manage: can(req.principal, 'calendar.manage') },
    }),
  );

  r.get(
    '/calendar/years/:year',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: '某年的节假日安排（放假日与调休上班日）',
        params: yearParamSchema,
        response: { 200: holidayYearSchema, ...errorResponses },
      },
    },
    async (req) => {
      const { year } = req.params;
      return presentHolidayYear(req.principal!, year, await findHolidayYearRow(db, year));
    },
  );

  r.put(
    '/calendar/years/:year',
    {
      config: { access: 'calendar.manage' },
      schema: {
        tags,
        summary:
          '录入或修订某年的节假日安排（须注明所依据的国务院办公厅通知），取代随系统发布的数据；已登记的期限随之重算',
        params: yearParamSchema,
        body: saveHolidayYearSchema,
        response: { 200: savedHolidayYearSchema, ...errorResponses },
      },
    },
    async (req) => {
      const principal = req.principal!;
      const { year } = req.params;
      const movedDeadlines = await saveHolidayYear({
        db,
        now: app.clock.now(),
        year,
        lastYear: lastYear(),
        input: req.body,
        userId: principal.kind === 'user' ? principal.id : null,
        context: auditContextOf(req),
      });
      return { ...presentHolidayYear(principal, year, await findHolidayYearRow(db, year)), movedDeadlines };
    },
  );

  r.get(
    '/calendar/rules',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: '法定期限规则表（各规则的各个版本）',
        response: { 200: z.object({ items: z.array(periodRuleSchema) }), ...errorResponses },
      },
    },
    async () => ({ items: PERIOD_RULES.map((rule) => ({ ...rule })) }),
  );

  r.get(
    '/calendar/deadline',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: '按期间规则与起算事件日期计算期限届满日，附计算说明与提示',
        querystring: deadlineQuerySchema,
        response: { 200: deadlineSchema, ...errorResponses },
      },
    },
    async (req) => {
      const { ruleId, trigger } = req.query;
      if (ruleVersions(ruleId).length === 0) {
        throw fieldError('ruleId', `没有编号为“${ruleId}”的期间规则，请从规则表中选择`);
      }
      let rule: ReturnType<typeof findRule>;
      try {
        rule = findRule(ruleId, trigger);
      } catch (error) {
        // No version in force on that date, e.g. a litigation period before 2015-05-01.
        throw fieldError('trigger', (error as Error).message);
      }
      const deadline = computeDeadline({ rule, trigger, calendar: await loadCalendar(db) });
      return { ...deadline, ruleName: rule.name, basis: rule.basis };
    },
  );
}
