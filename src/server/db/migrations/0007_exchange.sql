CREATE TABLE "exchange_import_rows" (
	"import_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"outcome" text NOT NULL,
	"checked_outcome" text NOT NULL,
	"is_changed_since_check" boolean DEFAULT false NOT NULL,
	"case_number" text,
	"case_id" uuid,
	"key_label" text,
	"input" jsonb,
	"errors" jsonb NOT NULL,
	"changes" jsonb,
	"event_id" bigint,
	CONSTRAINT "exchange_import_rows_import_id_row_number_pk" PRIMARY KEY("import_id","row_number")
);
--> statement-breakpoint
CREATE TABLE "exchange_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"file_id" uuid,
	"file_name" text,
	"status" text NOT NULL,
	"total_rows" integer NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"checked_counts" jsonb,
	"applied_counts" jsonb,
	"changed_since_check" integer,
	"error" text,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"checked_at" timestamp with time zone,
	"applied_by" uuid,
	"applied_by_name" text,
	"applied_at" timestamp with time zone,
	"audit_id" bigint,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exchange_import_rows" ADD CONSTRAINT "exchange_import_rows_import_id_exchange_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."exchange_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_import_rows" ADD CONSTRAINT "exchange_import_rows_case_id_litigation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."litigation_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_imports" ADD CONSTRAINT "exchange_imports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_imports" ADD CONSTRAINT "exchange_imports_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_imports" ADD CONSTRAINT "exchange_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exchange_imports" ADD CONSTRAINT "exchange_imports_applied_by_users_id_fk" FOREIGN KEY ("applied_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exchange_import_rows_outcome_idx" ON "exchange_import_rows" USING btree ("import_id","outcome");--> statement-breakpoint
CREATE INDEX "exchange_imports_org_idx" ON "exchange_imports" USING btree ("organisation_id","created_at");