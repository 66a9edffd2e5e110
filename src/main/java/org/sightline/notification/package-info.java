/**
 * Notifications to people and systems outside Sightline: e-mail over SMTP and signed webhooks,
 * through a transactional outbox. A module enqueues a message in its own transaction; a persistent
 * scheduler task delivers it after commit, at least once, retrying with back-off, under a message id
 * that never changes so a receiver can drop duplicates. Owns the {@code notification} schema (the
 * outbox and each message's delivery status); publishes no events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.sightline.notification;
