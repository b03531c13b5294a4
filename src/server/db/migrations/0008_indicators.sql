CREATE TABLE "indicator_variant_choices" (
	"region_path" text NOT NULL,
	"indicator_id" text NOT NULL,
	"variant_id" text NOT NULL,
	"variant_version" integer NOT NULL,
	"chosen_by_org_id" uuid NOT NULL,
	"chosen_by" uuid,
	"chosen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "indicator_variant_choices_region_path_indicator_id_pk" PRIMARY KEY("region_path","indicator_id")
);
--> statement-breakpoint
ALTER TABLE "indicator_variant_choices" ADD CONSTRAINT "indicator_variant_choices_chosen_by_org_id_organisations_id_fk" FOREIGN KEY ("chosen_by_org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_variant_choices" ADD CONSTRAINT "indicator_variant_choices_chosen_by_users_id_fk" FOREIGN KEY ("chosen_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;