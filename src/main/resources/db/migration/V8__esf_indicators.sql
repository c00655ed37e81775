-- ESF+ indicators (Regulation (EU) 2021/1057, Annex I), kept on the participant record so that an
-- erased participant's anonymous row still counts. Valid on H2 2.x and PostgreSQL.

-- The day the intake included the participant (consent and eligible): the entry for EECO01-EECO17.
-- NULL while the intake is open, and for a case closed at selection.
ALTER TABLE participant ADD COLUMN entered_on DATE;

-- The situation within four weeks of leaving, recorded at the exit (EECR01-EECR04).
ALTER TABLE participant ADD COLUMN exit_date DATE;
ALTER TABLE participant ADD COLUMN job_searching_at_exit BOOLEAN;
ALTER TABLE participant ADD COLUMN in_education_at_exit BOOLEAN;
ALTER TABLE participant ADD COLUMN qualification_at_exit BOOLEAN;
ALTER TABLE participant ADD COLUMN employed_at_exit BOOLEAN;

-- The situation six months after leaving, recorded at the follow-up (EECR05, EECR06).
ALTER TABLE participant ADD COLUMN follow_up_date DATE;
ALTER TABLE participant ADD COLUMN employed_at_follow_up BOOLEAN;
ALTER TABLE participant ADD COLUMN improved_at_follow_up BOOLEAN;

-- Records made before this version: a participant who consented at the referral entered then (an
-- erased one in the month of entry its anonymous row keeps).
UPDATE participant SET entered_on = CAST(created_at AS DATE)
  WHERE consent_given = TRUE AND created_at IS NOT NULL;
UPDATE participant SET entered_on = entry_month
  WHERE consent_given = TRUE AND erased_at IS NOT NULL;

CREATE INDEX ix_participant_entered_on ON participant (service_site, entered_on);
CREATE INDEX ix_participant_exit_date ON participant (service_site, exit_date);
CREATE INDEX ix_participant_follow_up_date ON participant (service_site, follow_up_date);
