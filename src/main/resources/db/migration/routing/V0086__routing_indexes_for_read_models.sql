-- A routing decision's caller notices, and an encounter's timers, are looked up by these columns when
-- the demand read model is projected or rebuilt; without the indexes a rebuild scanned them per row.
create index if not exists caller_notice_decision on routing.caller_notice (decision_id);
create index if not exists timer_encounter on routing.timer (encounter_id);
