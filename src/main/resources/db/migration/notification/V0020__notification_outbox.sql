create schema if not exists notification;

create table notification.outbox_message (
    id              uuid primary key,
    channel         text        not null check (channel in ('EMAIL', 'WEBHOOK')),
    recipient       text        not null,
    subject_line    text,
    body            text,
    subject_type    text        not null,
    subject_id      text        not null,
    event_type      text        not null,
    enqueued_at     timestamptz not null,
    status          text        not null check (status in ('PENDING', 'DELIVERED', 'RETRYING', 'FAILED')),
    attempts        integer     not null check (attempts >= 0),
    next_attempt_at timestamptz,
    last_attempt_at timestamptz,
    last_error      text,
    delivered_at    timestamptz,
    retain_until    timestamptz not null,
    erased_at       timestamptz,
    constraint waiting_has_next_attempt check (status in ('DELIVERED', 'FAILED') or next_attempt_at is not null),
    constraint delivered_has_time check (status <> 'DELIVERED' or delivered_at is not null),
    constraint erased_only_when_finished check (erased_at is null or status in ('DELIVERED', 'FAILED'))
);
create index outbox_message_due on notification.outbox_message (next_attempt_at) where status in ('PENDING', 'RETRYING');
create index outbox_message_subject on notification.outbox_message (subject_type, subject_id, enqueued_at);
create index outbox_message_retention on notification.outbox_message (retain_until) where erased_at is null;

comment on schema notification is 'Owned by the notification module: the outbox of e-mails and webhooks and their delivery status.';
comment on table notification.outbox_message is 'Transactional outbox: one row per e-mail or webhook, written in the transaction of the change it reports and delivered after commit, at least once. The row is also the message''s delivery status. May hold personal data in subject_line and body, erased after retain_until once finished.';
comment on column notification.outbox_message.id is 'The message id, generated at enqueue and the same on every attempt: e-mail Message-ID <id@sightline> and X-Sightline-Message-Id; webhook X-Sightline-Message-Id and envelope messageId. Receivers drop duplicates by it.';
comment on column notification.outbox_message.channel is 'EMAIL (SMTP) or WEBHOOK (signed JSON POST).';
comment on column notification.outbox_message.recipient is 'An agency e-mail address, or the webhook URL of a partner system.';
comment on column notification.outbox_message.subject_line is 'E-mail subject; for a webhook a short title that is not sent. Null once erased.';
comment on column notification.outbox_message.body is 'Plain text of the e-mail, or the JSON payload of the webhook. May hold personal data. Null once erased.';
comment on column notification.outbox_message.subject_type is 'Kind of record the message is about, e.g. REFERRAL (an opaque reference into another module).';
comment on column notification.outbox_message.subject_id is 'Id of the record the message is about.';
comment on column notification.outbox_message.event_type is 'What happened, e.g. REFERRAL_SENT.';
comment on column notification.outbox_message.enqueued_at is 'When the message was enqueued (the webhook envelope''s occurredAt).';
comment on column notification.outbox_message.status is 'PENDING (not tried yet, or waiting for its channel to be configured), RETRYING (an attempt failed; will retry), DELIVERED, FAILED (every allowed attempt failed).';
comment on column notification.outbox_message.attempts is 'Delivery attempts started, counted when a node picks the message.';
comment on column notification.outbox_message.next_attempt_at is 'When the message is next due; while an attempt runs, the end of its lease. Null once DELIVERED or FAILED.';
comment on column notification.outbox_message.last_attempt_at is 'When the latest attempt started.';
comment on column notification.outbox_message.last_error is 'Why the latest failed attempt failed, or why the message waits (e.g. no SMTP server configured). Kept after a later success.';
comment on column notification.outbox_message.delivered_at is 'When the SMTP server accepted the e-mail or the receiver answered 2xx.';
comment on column notification.outbox_message.retain_until is 'Review date: after it, the subject line and body of a finished message are erased; the status stays with the record it is about.';
comment on column notification.outbox_message.erased_at is 'When the subject line and body were erased.';
