-- Wrong passwords are counted in the database, so that every node counts them together: with counts
-- kept in each node's memory, someone guessing passwords behind n nodes had n times the guesses
-- before every node had locked them out.
create table identity.sign_in_throttle (
    throttle_key   text          primary key,
    failures       timestamptz[] not null default '{}',
    locked_until   timestamptz,
    last_failed_at timestamptz   not null
);

create index sign_in_throttle_last_failed on identity.sign_in_throttle (last_failed_at);

comment on table identity.sign_in_throttle is 'Recent wrong passwords per account and per network address, and the lockout they caused (sightline.sign-in.*). A row is deleted once its failures and lockout are over; a right password deletes the account''s row.';
comment on column identity.sign_in_throttle.throttle_key is '"account:" and the username as typed (lower case), or "address:" and the network address the attempt came from.';
comment on column identity.sign_in_throttle.failures is 'When each wrong password within the window was given (sightline.sign-in.window).';
comment on column identity.sign_in_throttle.locked_until is 'Until when sign-in is refused for this account or from this address, if it was locked out.';
comment on column identity.sign_in_throttle.last_failed_at is 'The last wrong password, for deleting the row when it no longer counts.';
