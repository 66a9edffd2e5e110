-- MARAC repeats are now found by the person index (the linked person of each person in the
-- referral, merges applied), not by name and date of birth. subject_keys is kept, unchanged, for
-- the referrals already made; nothing reads it any more.
comment on column referral.referral.subject_keys is 'Normalised name and date of birth of each person when the referral was made. Superseded by the person index for spotting repeat MARAC referrals; kept as recorded.';
