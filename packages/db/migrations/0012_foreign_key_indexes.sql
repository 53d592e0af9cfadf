CREATE INDEX "checkin_goals_carried_idx" ON "checkin_goals" USING btree ("carried_goal_id");--> statement-breakpoint
CREATE INDEX "goal_revisions_actor_idx" ON "goal_revisions" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "goal_revisions_proposed_by_idx" ON "goal_revisions" USING btree ("proposed_by_id");--> statement-breakpoint
CREATE INDEX "comments_parent_idx" ON "comments" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "reactions_user_idx" ON "reactions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "notifications_checkin_idx" ON "notifications" USING btree ("checkin_id");--> statement-breakpoint
CREATE INDEX "notifications_comment_idx" ON "notifications" USING btree ("comment_id");--> statement-breakpoint
CREATE INDEX "notifications_group_idx" ON "notifications" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "notifications_actor_idx" ON "notifications" USING btree ("actor_id");