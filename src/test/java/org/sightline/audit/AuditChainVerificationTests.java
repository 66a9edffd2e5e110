package org.sightline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.OwnerDatabase;
import org.sightline.audit.internal.AuditChainSchedule;
import org.sightline.supervision.ReviewItem;
import org.sightline.supervision.SupervisionManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/** The daily check and the administrator's page: an intact log is anchored, a broken one reaches a supervisor. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditChainVerificationTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	AuditChain chain;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	SupervisionManagement supervision;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	void record(int entries) {
		for (int i = 0; i < entries; i++) {
			audit.record("test", AuditAction.CONSULTATION, "TEST", UUID.randomUUID().toString(), "test", null);
		}
	}

	void alterOneEntry() {
		JdbcClient owner = OwnerDatabase.jdbc(context);
		owner.sql("alter table audit.audit_entry disable trigger user").update();
		owner.sql("update audit.audit_entry set reason = 'rewritten' where id = (select min(id) from audit.audit_entry)").update();
		owner.sql("alter table audit.audit_entry enable trigger user").update();
	}

	@Test
	void the_daily_check_anchors_an_intact_log() {
		record(3);
		long anchors = jdbc.sql("select count(*) from audit.audit_anchor").query(Long.class).single();
		AuditChain.Verification result = AuditChainSchedule.verifyAndAnchor(chain, events);
		assertThat(result.intact()).isTrue();
		assertThat(jdbc.sql("select count(*) from audit.audit_anchor").query(Long.class).single()).isEqualTo(anchors + 1);
	}

	@Test
	@DirtiesContext // the log is left tampered with
	@org.springframework.security.test.context.support.WithUserDetails("supervisor")
	void the_daily_check_puts_a_broken_log_in_front_of_a_supervisor() {
		record(3);
		alterOneEntry();
		AuditChain.Verification result = AuditChainSchedule.verifyAndAnchor(chain, events);
		assertThat(result.intact()).isFalse();
		assertThat(supervision.itemsFor("AUDIT_CHAIN", "audit-log")).singleElement().satisfies((ReviewItem item) -> {
			assertThat(item.reasonCode()).isEqualTo("AUDIT_CHAIN_BROKEN");
			assertThat(item.reason()).contains("was altered");
			assertThat(item.subject().link()).isEqualTo("/audit/verify");
		});
	}

	@Test
	@org.springframework.security.test.context.support.WithUserDetails("admin")
	void an_administrator_sees_an_intact_log_and_takes_an_anchor() throws Exception {
		record(2);
		mvc.perform(get("/audit/verify"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Intact")));
		mvc.perform(post("/audit/anchors").with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/audit/verify"))
			.andExpect(content().string(containsString("Take an anchor now")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("No anchor has been taken yet"))));
	}

	@Test
	@DirtiesContext // the log is left tampered with
	@org.springframework.security.test.context.support.WithUserDetails("admin")
	void an_administrator_sees_where_a_tampered_log_broke() throws Exception {
		record(2);
		alterOneEntry();
		mvc.perform(get("/audit/verify"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The audit log has been tampered with")))
			.andExpect(content().string(containsString("Position 1: ")));
	}
}
