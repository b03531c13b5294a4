-- A case's steps are append-only like the audit trail: corrections are new events.
CREATE FUNCTION case_events_reject_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'case_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER case_events_no_update_delete
  BEFORE UPDATE OR DELETE ON case_events
  FOR EACH ROW EXECUTE FUNCTION case_events_reject_change();
--> statement-breakpoint
CREATE TRIGGER case_events_no_truncate
  BEFORE TRUNCATE ON case_events
  FOR EACH STATEMENT EXECUTE FUNCTION case_events_reject_change();
--> statement-breakpoint
-- 案由 (after the SPC's 行政案件案由规定) and 管理领域: defaults every locality starts
-- from; an administrator can add, rename or retire entries.
INSERT INTO dictionary_entries (kind, code, label, sort_order) VALUES
  ('cause', 'penalty', '行政处罚', 10),
  ('cause', 'compulsion', '行政强制', 20),
  ('cause', 'licensing', '行政许可', 30),
  ('cause', 'expropriation', '行政征收/征用', 40),
  ('cause', 'registration', '行政登记', 50),
  ('cause', 'confirmation', '行政确认', 60),
  ('cause', 'information-disclosure', '政府信息公开', 70),
  ('cause', 'nonperformance', '不履行法定职责', 80),
  ('cause', 'agreement', '行政协议', 90),
  ('cause', 'compensation', '行政赔偿', 100),
  ('cause', 'adjudication', '行政裁决', 110),
  ('cause', 'payment', '行政给付', 120),
  ('cause', 'reconsideration', '行政复议', 130),
  ('cause', 'other', '其他', 999),
  ('domain', 'urban-construction', '城乡建设', 10),
  ('domain', 'housing-expropriation', '房屋征收', 20),
  ('domain', 'natural-resources', '自然资源', 30),
  ('domain', 'human-resources', '人力资源和社会保障', 40),
  ('domain', 'environment', '生态环境', 50),
  ('domain', 'market-regulation', '市场监管', 60),
  ('domain', 'public-security', '公安', 70),
  ('domain', 'law-enforcement', '综合行政执法', 80),
  ('domain', 'transport', '交通运输', 90),
  ('domain', 'education', '教育', 100),
  ('domain', 'health', '卫生健康', 110),
  ('domain', 'agriculture', '农业农村', 120),
  ('domain', 'other', '其他', 999);
