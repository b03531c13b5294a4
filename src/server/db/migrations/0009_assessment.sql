CREATE TABLE "assessment_result_records" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"run_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"source" text NOT NULL,
	"key" text NOT NULL,
	"case_id" uuid,
	"suggestion_id" uuid,
	"number" text,
	"title" text,
	"on_date" text,
	"hearing_at" text,
	"is_in_numerator" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_results" (
	"run_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"organisation_name" text NOT NULL,
	"organisation_path" text NOT NULL,
	"item_points" numeric(8, 2) NOT NULL,
	"deduction_points" numeric(8, 2) NOT NULL,
	"total" numeric(8, 2) NOT NULL,
	"grade" text NOT NULL,
	"rank" integer NOT NULL,
	"items" jsonb NOT NULL,
	"deductions" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scheme_id" uuid NOT NULL,
	"scheme_version_id" uuid NOT NULL,
	"region_path" text NOT NULL,
	"period" text NOT NULL,
	"period_kind" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"status" text NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	"computed_by" uuid,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_scheme_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scheme_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_schemes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_path" text NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessment_result_records" ADD CONSTRAINT "assessment_result_records_run_id_assessment_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."assessment_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_result_records" ADD CONSTRAINT "assessment_result_records_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_run_id_assessment_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."assessment_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_results" ADD CONSTRAINT "assessment_results_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_runs" ADD CONSTRAINT "assessment_runs_scheme_id_assessment_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."assessment_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_runs" ADD CONSTRAINT "assessment_runs_scheme_version_id_assessment_scheme_versions_id_fk" FOREIGN KEY ("scheme_version_id") REFERENCES "public"."assessment_scheme_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_runs" ADD CONSTRAINT "assessment_runs_computed_by_users_id_fk" FOREIGN KEY ("computed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_runs" ADD CONSTRAINT "assessment_runs_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scheme_versions" ADD CONSTRAINT "assessment_scheme_versions_scheme_id_assessment_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."assessment_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scheme_versions" ADD CONSTRAINT "assessment_scheme_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_schemes" ADD CONSTRAINT "assessment_schemes_owner_org_id_organisations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_result_records_idx" ON "assessment_result_records" USING btree ("run_id","organisation_id","source","key");--> statement-breakpoint
CREATE INDEX "assessment_result_records_open_idx" ON "assessment_result_records" USING btree ("run_id") WHERE "assessment_result_records"."case_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_results_run_org_idx" ON "assessment_results" USING btree ("run_id","organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_runs_scheme_period_idx" ON "assessment_runs" USING btree ("scheme_id","period");--> statement-breakpoint
CREATE INDEX "assessment_runs_region_idx" ON "assessment_runs" USING btree ("region_path");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_scheme_versions_idx" ON "assessment_scheme_versions" USING btree ("scheme_id","version");--> statement-breakpoint
CREATE INDEX "assessment_schemes_region_idx" ON "assessment_schemes" USING btree ("region_path");