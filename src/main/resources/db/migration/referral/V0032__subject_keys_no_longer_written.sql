-- Repeat MARAC referrals are found through the person index (V0031), so new referrals no longer
-- record subject_keys (it stays empty, its default). Values recorded before are kept as they were.
comment on column referral.referral.subject_keys is 'Normalised name and date of birth of each person, recorded only by referrals made before the person index linked people (empty since). Nothing reads it.';
