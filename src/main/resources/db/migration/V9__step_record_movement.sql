-- The step movement as the interservice team decided it. Derived from the ladder where an earlier
-- step is recorded; recorded by the team at a case's first review, where there is none to derive it
-- from (before, that answer was dropped and the first review counted as no move).
ALTER TABLE step_record ADD COLUMN movement VARCHAR(16);
ALTER TABLE step_record ADD CONSTRAINT ck_step_record_movement CHECK (movement IN ('FORWARD', 'NONE', 'BACK'));
