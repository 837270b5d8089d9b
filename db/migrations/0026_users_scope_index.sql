-- Issue 20, target 3: a report tells the coordinators of the narrowest scope that holds its unit
-- (db/queries/notify.ts audienceSql: `scope_id = ANY(<the unit's path>)`). Without an index on the
-- scope every report scanned every user (~1.5 ms of 3,500 users, in each status write's statement).
CREATE INDEX IF NOT EXISTS "users_scope_idx" ON "users" USING btree ("scope_id");
