-- Who sent the referral (the authenticated user of the referral API), for the case's audit trail.
ALTER TABLE participant ADD COLUMN referred_by VARCHAR(64);
