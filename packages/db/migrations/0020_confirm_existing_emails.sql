-- Accounts made before sign-ups were confirmed by email keep working as they did: their addresses
-- count as confirmed. Only accounts signed up from now on start unconfirmed.
UPDATE "users" SET "email_verified_at" = "created_at" WHERE "email_verified_at" IS NULL;
