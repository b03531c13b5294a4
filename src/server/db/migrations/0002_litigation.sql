CREATE TABLE "appearances" (
	"hearing_event_id" bigint NOT NULL,
	"defendant_org_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"did_head_appear" boolean NOT NULL,
	"person_name" text,
	"person_post" text,
	"counts_as_head" boolean DEFAULT false NOT NULL,
	"did_speak" boolean DEFAULT false NOT NULL,
	"agents" jsonb NOT NULL,
	"absence_excuse" text,
	"absence_proof" text,
	"court_decision" text,
	"event_id" bigint NOT NULL,
	CONSTRAINT "appearances_hearing_event_id_defendant_org_id_pk" PRIMARY KEY("hearing_event_id","defendant_org_id")
);
--> statement-breakpoint
CREATE TABLE "case_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"event_id" bigint,
	"file_id" uuid NOT NULL,
	"category" text NOT NULL,
	"description" text,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"rule_id" text NOT NULL,
	"rule_version" integer NOT NULL,
	"title" text NOT NULL,
	"trigger_event_id" bigint,
	"trigger_date" date NOT NULL,
	"due" date NOT NULL,
	"explanation" text NOT NULL,
	"steps" jsonb NOT NULL,
	"warnings" text[] NOT NULL,
	"responsible_org_id" uuid,
	"status" text NOT NULL,
	"done_event_id" bigint,
	"done_on" date,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_defendants" (
	"case_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"org_path" text NOT NULL,
	"is_reconsideration_body" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "case_defendants_case_id_organisation_id_pk" PRIMARY KEY("case_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"type" text NOT NULL,
	"occurred_on" date,
	"payload" jsonb NOT NULL,
	"corrects_event_id" bigint,
	"recorded_by" uuid,
	"recorded_by_name" text NOT NULL,
	"recorded_org_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"series_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"sequence" integer NOT NULL,
	"document_number" text NOT NULL,
	"issuing_org_id" uuid NOT NULL,
	"addressee_org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"file_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"role" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"id_number" text,
	"uscc" text,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dictionary_entries" (
	"kind" text NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	CONSTRAINT "dictionary_entries_kind_code_pk" PRIMARY KEY("kind","code")
);
--> statement-breakpoint
CREATE TABLE "document_counters" (
	"series_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "document_counters_series_id_year_pk" PRIMARY KEY("series_id","year")
);
--> statement-breakpoint
CREATE TABLE "document_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"code" text NOT NULL,
	"pattern" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hearings" (
	"event_id" bigint PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"court_room" text,
	"judge" text,
	"notice_received_on" date,
	"is_head_requested" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "holiday_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"days" jsonb NOT NULL,
	"papers" text[] NOT NULL,
	"notice" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "litigation_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_number" text NOT NULL,
	"case_number_raw" text NOT NULL,
	"court_id" uuid NOT NULL,
	"type_code" text NOT NULL,
	"instance" text NOT NULL,
	"dispute_id" uuid NOT NULL,
	"previous_case_id" uuid,
	"cause_code" text NOT NULL,
	"domain_code" text NOT NULL,
	"subject" text NOT NULL,
	"claims" text,
	"is_major_sensitive" boolean DEFAULT false NOT NULL,
	"is_mass" boolean DEFAULT false NOT NULL,
	"is_enterprise" boolean DEFAULT false NOT NULL,
	"is_debt" boolean DEFAULT false NOT NULL,
	"filed_on" date,
	"service_date" date,
	"service_manner" text,
	"service_signed_by" text,
	"stage" text NOT NULL,
	"designated_head" jsonb,
	"next_hearing_at" timestamp with time zone,
	"judgment_kind" text,
	"result" text,
	"is_lost" boolean,
	"loss_reasons" text[],
	"judgment_served_on" date,
	"effective_on" date,
	"requires_performance" boolean,
	"performed_on" date,
	"search_text" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sha256" text NOT NULL,
	"size" bigint NOT NULL,
	"mime_type" text NOT NULL,
	"original_name" text NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appearances" ADD CONSTRAINT "appearances_hearing_event_id_hearings_event_id_fk" FOREIGN KEY ("hearing_event_id") REFERENCES "public"."hearings"("event_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appearances" ADD CONSTRAINT "appearances_defendant_org_id_organisations_id_fk" FOREIGN KEY ("defendant_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appearances" ADD CONSTRAINT "appearances_case_id_litigation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."litigation_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_case_id_litigation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."litigation_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_deadlines" ADD CONSTRAINT "case_deadlines_case_id_litigation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."litigation_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_deadlines" ADD CONSTRAINT "case_deadlines_responsible_org_id_organisations_id_fk" FOREIGN KEY ("responsible_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_defendants" ADD CONSTRAINT "case_defendants_case_id_litigation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."litigation_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_defendants" ADD CONSTRAINT "case_defendants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_litigation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."litigation_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_letters" ADD CONSTRAINT "case_letters_case_id_litigation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."litigation_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_letters" ADD CONSTRAINT "case_letters_series_id_document_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."document_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_letters" ADD CONSTRAINT "case_letters_issuing_org_id_organisations_id_fk" FOREIGN KEY ("issuing_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_letters" ADD CONSTRAINT "case_letters_addressee_org_id_organisations_id_fk" FOREIGN KEY ("addressee_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_letters" ADD CONSTRAINT "case_letters_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_letters" ADD CONSTRAINT "case_letters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_parties" ADD CONSTRAINT "case_parties_case_id_litigation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."litigation_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_counters" ADD CONSTRAINT "document_counters_series_id_document_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."document_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_series" ADD CONSTRAINT "document_series_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearings" ADD CONSTRAINT "hearings_case_id_litigation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."litigation_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holiday_years" ADD CONSTRAINT "holiday_years_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "litigation_cases" ADD CONSTRAINT "litigation_cases_court_id_organisations_id_fk" FOREIGN KEY ("court_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "litigation_cases" ADD CONSTRAINT "litigation_cases_previous_case_id_litigation_cases_id_fk" FOREIGN KEY ("previous_case_id") REFERENCES "public"."litigation_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "litigation_cases" ADD CONSTRAINT "litigation_cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stored_files" ADD CONSTRAINT "stored_files_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appearances_case_idx" ON "appearances" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_attachments_case_idx" ON "case_attachments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_deadlines_case_idx" ON "case_deadlines" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_deadlines_open_idx" ON "case_deadlines" USING btree ("status","due");--> statement-breakpoint
CREATE INDEX "case_defendants_path_idx" ON "case_defendants" USING btree ("org_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "case_defendants_org_idx" ON "case_defendants" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_letters_number_idx" ON "case_letters" USING btree ("series_id","year","sequence");--> statement-breakpoint
CREATE INDEX "case_letters_case_idx" ON "case_letters" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_parties_case_idx" ON "case_parties" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "document_series_org_code_idx" ON "document_series" USING btree ("organisation_id","code");--> statement-breakpoint
CREATE INDEX "hearings_case_idx" ON "hearings" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "hearings_scheduled_idx" ON "hearings" USING btree ("scheduled_at");--> statement-breakpoint
CREATE UNIQUE INDEX "litigation_cases_number_idx" ON "litigation_cases" USING btree ("case_number");--> statement-breakpoint
CREATE INDEX "litigation_cases_court_idx" ON "litigation_cases" USING btree ("court_id");--> statement-breakpoint
CREATE INDEX "litigation_cases_stage_idx" ON "litigation_cases" USING btree ("stage");--> statement-breakpoint
CREATE INDEX "litigation_cases_dispute_idx" ON "litigation_cases" USING btree ("dispute_id");--> statement-breakpoint
CREATE INDEX "litigation_cases_service_idx" ON "litigation_cases" USING btree ("service_date");