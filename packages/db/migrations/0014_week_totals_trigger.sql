-- Keeps activity_week_totals (docs/progress.md, "Read models") for every writer, raw SQL included.
-- Statement triggers with transition tables: an import of 500 activities adds its weeks once.
-- Deltas are added with ON CONFLICT DO UPDATE, which takes the row's lock, so concurrent writers
-- for one athlete never lose each other's totals.

-- The first day of the week holding `day`, for a week that starts on `week_start` ('monday', ...).
CREATE FUNCTION stride_week_start(day date, week_start text) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT day - ((extract(isodow FROM day)::int
    - array_position(array['monday','tuesday','wednesday','thursday','friday','saturday','sunday'],
      week_start) + 7) % 7)
$$;
--> statement-breakpoint
CREATE TYPE stride_week_delta AS (
  athlete_id uuid, day date, type activity_type, sign int,
  distance float8, duration float8, elevation float8
);
--> statement-breakpoint
CREATE FUNCTION stride_add_week_deltas(deltas stride_week_delta[]) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO activity_week_totals AS t
    (athlete_id, week_start, type, count, distance, duration, elevation)
  SELECT d.athlete_id, stride_week_start(d.day, p.week_start::text), d.type,
    sum(d.sign), sum(d.sign * d.distance), sum(d.sign * d.duration), sum(d.sign * d.elevation)
  FROM unnest(deltas) d
  JOIN profiles p ON p.user_id = d.athlete_id
  -- An account being deleted takes its totals with it (cascade): add nothing back for it.
  WHERE EXISTS (SELECT 1 FROM users u WHERE u.id = d.athlete_id)
  GROUP BY 1, 2, 3
  -- One order for every writer, so two imports for one athlete cannot deadlock.
  ORDER BY 1, 2, 3
  ON CONFLICT (athlete_id, week_start, type) DO UPDATE SET
    count = t.count + excluded.count,
    distance = t.distance + excluded.distance,
    duration = t.duration + excluded.duration,
    elevation = t.elevation + excluded.elevation;
  DELETE FROM activity_week_totals t
  WHERE t.count <= 0 AND t.athlete_id IN (SELECT d.athlete_id FROM unnest(deltas) d);
$$;
--> statement-breakpoint
-- Live rows only: a soft-deleted activity counts as removed, and undoing the delete adds it back.
CREATE FUNCTION stride_apply_week_totals() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM stride_add_week_deltas(array(
      SELECT row(athlete_id, date, type, 1, coalesce(distance_metres, 0),
        coalesce(duration_seconds, 0), coalesce(elevation_gain_metres, 0))::stride_week_delta
      FROM stride_new_rows WHERE deleted_at IS NULL));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM stride_add_week_deltas(array(
      SELECT row(athlete_id, date, type, -1, coalesce(distance_metres, 0),
        coalesce(duration_seconds, 0), coalesce(elevation_gain_metres, 0))::stride_week_delta
      FROM stride_old_rows WHERE deleted_at IS NULL));
  ELSE
    PERFORM stride_add_week_deltas(array(
      SELECT row(athlete_id, date, type, 1, coalesce(distance_metres, 0),
        coalesce(duration_seconds, 0), coalesce(elevation_gain_metres, 0))::stride_week_delta
      FROM stride_new_rows WHERE deleted_at IS NULL
      UNION ALL
      SELECT row(athlete_id, date, type, -1, coalesce(distance_metres, 0),
        coalesce(duration_seconds, 0), coalesce(elevation_gain_metres, 0))::stride_week_delta
      FROM stride_old_rows WHERE deleted_at IS NULL));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER activities_week_totals_insert AFTER INSERT ON activities
  REFERENCING NEW TABLE AS stride_new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stride_apply_week_totals();
--> statement-breakpoint
CREATE TRIGGER activities_week_totals_update AFTER UPDATE ON activities
  REFERENCING OLD TABLE AS stride_old_rows NEW TABLE AS stride_new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stride_apply_week_totals();
--> statement-breakpoint
CREATE TRIGGER activities_week_totals_delete AFTER DELETE ON activities
  REFERENCING OLD TABLE AS stride_old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stride_apply_week_totals();
--> statement-breakpoint
-- The whole table from the activities: what `pnpm db:rebuild-progress` and a restore run.
CREATE FUNCTION stride_rebuild_week_totals(athletes uuid[]) RETURNS void
LANGUAGE sql AS $$
  DELETE FROM activity_week_totals WHERE athletes IS NULL OR athlete_id = ANY(athletes);
  INSERT INTO activity_week_totals (athlete_id, week_start, type, count, distance, duration, elevation)
  SELECT a.athlete_id, stride_week_start(a.date, p.week_start::text), a.type, count(*),
    coalesce(sum(a.distance_metres), 0), coalesce(sum(a.duration_seconds), 0),
    coalesce(sum(a.elevation_gain_metres), 0)
  FROM activities a JOIN profiles p ON p.user_id = a.athlete_id
  WHERE a.deleted_at IS NULL AND (athletes IS NULL OR a.athlete_id = ANY(athletes))
  GROUP BY 1, 2, 3;
$$;
--> statement-breakpoint
CREATE FUNCTION stride_week_start_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM stride_rebuild_week_totals(array[NEW.user_id]);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER profiles_week_start_totals AFTER UPDATE OF week_start ON profiles
  FOR EACH ROW WHEN (OLD.week_start IS DISTINCT FROM NEW.week_start)
  EXECUTE FUNCTION stride_week_start_changed();
