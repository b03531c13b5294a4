CREATE TABLE "suggestion_copies" (
	"suggestion_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"is_automatic" boolean DEFAULT false NOT NULL,
	CONSTRAINT "suggestion_copies_suggestion_id_organisation_id_pk" PRIMARY KEY("suggestion_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "suggestion_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"suggestion_id" uuid NOT NULL,
	"type" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"actor_name" text,
	"actor_org_name" text,
	"payload" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "suggestion_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"suggestion_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"category" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"origin" text NOT NULL,
	"issuer_org_id" uuid,
	"issuer_name" text NOT NULL,
	"registered_org_id" uuid NOT NULL,
	"series_id" uuid,
	"year" integer,
	"sequence" integer,
	"document_number" text NOT NULL,
	"number_key" text NOT NULL,
	"letter_id" uuid,
	"case_id" uuid,
	"addressee_org_id" uuid NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"issued_on" date NOT NULL,
	"served_on" date NOT NULL,
	"concerns_normative_document" boolean DEFAULT false NOT NULL,
	"due_on" date,
	"due_rule_id" text,
	"due_explanation" text,
	"due_steps" jsonb,
	"due_warnings" text[],
	"replied_on" date,
	"reply_content" text,
	"adoption" text,
	"adoption_reason" text,
	"rectification_measures" text,
	"rectified_on" date,
	"replied_by" uuid,
	"replied_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "suggestion_copies" ADD CONSTRAINT "suggestion_copies_suggestion_id_suggestions_id_fk" FOREIGN KEY ("suggestion_id") REFERENCES "public"."suggestions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_copies" ADD CONSTRAINT "suggestion_copies_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_events" ADD CONSTRAINT "suggestion_events_suggestion_id_suggestions_id_fk" FOREIGN KEY ("suggestion_id") REFERENCES "public"."suggestions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_files" ADD CONSTRAINT "suggestion_files_suggestion_id_suggestions_id_fk" FOREIGN KEY ("suggestion_id") REFERENCES "public"."suggestions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_files" ADD CONSTRAINT "suggestion_files_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_files" ADD CONSTRAINT "suggestion_files_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_issuer_org_id_organisations_id_fk" FOREIGN KEY ("issuer_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_registered_org_id_organisations_id_fk" FOREIGN KEY ("registered_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_series_id_document_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."document_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_letter_id_case_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."case_letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_case_id_litigation_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."litigation_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_addressee_org_id_organisations_id_fk" FOREIGN KEY ("addressee_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_replied_by_users_id_fk" FOREIGN KEY ("replied_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "suggestion_copies_org_idx" ON "suggestion_copies" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "suggestion_events_suggestion_idx" ON "suggestion_events" USING btree ("suggestion_id");--> statement-breakpoint
CREATE INDEX "suggestion_files_suggestion_idx" ON "suggestion_files" USING btree ("suggestion_id");--> statement-breakpoint
CREATE UNIQUE INDEX "suggestions_series_number_idx" ON "suggestions" USING btree ("series_id","year","sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "suggestions_letter_idx" ON "suggestions" USING btree ("letter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "suggestions_received_number_idx" ON "suggestions" USING btree ("issuer_name","number_key") WHERE "suggestions"."origin" = 'received';--> statement-breakpoint
CREATE INDEX "suggestions_addressee_idx" ON "suggestions" USING btree ("addressee_org_id");--> statement-breakpoint
CREATE INDEX "suggestions_case_idx" ON "suggestions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "suggestions_due_idx" ON "suggestions" USING btree ("due_on");