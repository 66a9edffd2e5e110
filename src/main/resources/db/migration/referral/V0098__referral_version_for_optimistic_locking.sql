-- Two people may have one referral open at once, on different nodes (an officer withdrawing it while the
-- agency accepts it). Every change adds one to the version, and a change made from what someone saw is
-- refused when the version moved on since: nobody decides on a referral they have not seen as it is.
alter table referral.referral add column version integer not null default 0;

comment on column referral.referral.version is 'How many times the referral changed since it was made; a step taken from an older version is refused (optimistic locking).';
