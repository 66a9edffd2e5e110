package org.sightline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.OwnerDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Proof of who saw what: the application's own database role cannot rewrite the audit log, and
 * anything the schema's owner does to it behind the application's back is named by the chain's
 * verification, by position and time.
 */
@SpringBootTest
class AuditLogProtectionTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	AuditChain chain;

	@Autowired
	ApplicationContext context;

	void record(int entries) {
		for (int i = 0; i < entries; i++) {
			audit.record("test", AuditAction.CONSULTATION, "TEST", UUID.randomUUID().toString(), "test", "entry " + i);
		}
	}

	long idAt(long position) {
		return jdbc.sql("select entry_id from audit.audit_chain where position = :p").param("p", position)
			.query(Long.class).single();
	}

	@Test
	void the_application_runs_as_a_role_that_is_not_a_superuser_and_owns_nothing() {
		assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
			.isFalse();
		assertThat(jdbc.sql("select pg_get_userbyid(relowner) <> current_user from pg_class where oid = 'audit.audit_entry'::regclass")
			.query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
				+ "where pg_get_userbyid(c.relowner) = current_user and n.nspname not like 'pg_%'").query(Long.class).single())
			.isZero();
	}

	@Test
	void the_application_role_cannot_truncate_rewrite_or_unhook_the_audit_log() {
		record(1);
		assertThatThrownBy(() -> jdbc.sql("truncate audit.audit_entry").update()).rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("update audit.audit_entry set actor = 'someone-else'").update()).rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("delete from audit.audit_entry").update()).rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("alter table audit.audit_entry disable trigger all").update()).rootCause().hasMessageContaining("must be owner");
		assertThatThrownBy(() -> jdbc.sql("set session_replication_role = replica").update()).rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("insert into audit.audit_chain (position, entry_id, entry_hash, chained_at) "
				+ "values (999999, 999999, '\\x00', now())").update()).rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("delete from audit.audit_chain").update()).rootCause().hasMessageContaining("permission denied");
	}

	@Test
	void even_the_owner_cannot_update_or_delete_an_entry_while_the_trigger_is_on() {
		record(1);
		JdbcClient owner = OwnerDatabase.jdbc(context);
		assertThatThrownBy(() -> owner.sql("update audit.audit_entry set actor = 'someone-else'").update()).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> owner.sql("delete from audit.audit_entry").update()).rootCause().hasMessageContaining("append-only");
	}

	@Test
	void every_entry_is_chained_in_order_and_an_untouched_log_verifies() {
		record(5);
		AuditChain.Verification result = chain.verify();
		assertThat(result.intact()).as(String.valueOf(result.findings())).isTrue();
		assertThat(result.entriesChecked()).isGreaterThanOrEqualTo(5);
		assertThat(jdbc.sql("select count(*) from audit.audit_entry e where not exists "
				+ "(select 1 from audit.audit_chain c where c.entry_id = e.id)").query(Long.class).single()).isZero();
	}

	@Test
	@DirtiesContext // the log is left tampered with
	void verification_names_each_kind_of_tampering_by_position() {
		record(6);
		chain.anchor();
		long head = chain.verify().headPosition();
		JdbcClient owner = OwnerDatabase.jdbc(context);

		// an update with the triggers disabled
		owner.sql("alter table audit.audit_entry disable trigger user").update();
		owner.sql("update audit.audit_entry set actor = 'supervisor', action = 'CONSULTATION' where id = :id")
			.param("id", idAt(head - 4)).update();
		// a deleted row
		owner.sql("delete from audit.audit_entry where id = :id").param("id", idAt(head - 2)).update();
		// an inserted row, outside the chain
		long inserted = owner.sql("insert into audit.audit_entry (occurred_at, actor, action, subject_type, subject_id) "
				+ "values (now(), 'supervisor', 'CONSULTATION', 'ENCOUNTER', 'forged') returning id").query(Long.class).single();
		owner.sql("alter table audit.audit_entry enable trigger user").update();

		AuditChain.Verification result = chain.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.first()).get().satisfies(f -> {
			assertThat(f.position()).isEqualTo(head - 4);
			assertThat(f.what()).contains("was altered");
			assertThat(f.at()).isNotNull();
		});
		assertThat(result.findings()).extracting(AuditChain.Finding::what)
			.anyMatch(w -> w.contains("position " + (head - 2)) && w.contains("was deleted"))
			.anyMatch(w -> w.contains("id " + inserted) && w.contains("inserted outside the chain"));
	}

	@Test
	@DirtiesContext // the log is left cut
	void a_truncated_tail_is_proved_by_the_anchor() {
		record(4);
		AuditChain.AnchorView anchor = chain.anchor().orElseThrow();
		JdbcClient owner = OwnerDatabase.jdbc(context);
		// cut the last two entries and their chain positions, as an owner covering their tracks would
		List<Long> tail = List.of(idAt(anchor.position()), idAt(anchor.position() - 1));
		owner.sql("alter table audit.audit_entry disable trigger user").update();
		owner.sql("alter table audit.audit_chain disable trigger user").update();
		owner.sql("alter table audit.audit_anchor disable trigger user").update();
		owner.sql("delete from audit.audit_entry where id in (:ids)").param("ids", tail).update();
		owner.sql("delete from audit.audit_chain where position >= :p").param("p", anchor.position() - 1).update();
		owner.sql("delete from audit.audit_anchor").update();
		owner.sql("alter table audit.audit_entry enable trigger user").update();
		owner.sql("alter table audit.audit_chain enable trigger user").update();
		owner.sql("alter table audit.audit_anchor enable trigger user").update();

		assertThat(chain.verify().intact()).as("without the anchor the cut chain looks whole").isTrue();
		AuditChain.Verification withAnchor = chain.verify(List.of(new AuditChain.ExternalAnchor(anchor.position(),
				anchor.headHash())));
		assertThat(withAnchor.intact()).isFalse();
		assertThat(withAnchor.first()).get().extracting(AuditChain.Finding::what).asString()
			.contains("the tail was cut").contains("position " + anchor.position());
	}
}
