package org.sightline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sightline.identity.internal.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Demo mode never takes over a real account that happens to have a demo account's name. */
@SpringBootTest
class DemoAccountsTests {

	@Autowired
	DemoAccounts demoAccounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_real_account_with_a_demo_name_keeps_its_own_password_and_stays_real() throws Exception {
		jdbc.sql("update identity.account set demo = false, password_hash = '{noop}a-real-secret' where username = 'analyst'")
			.update();

		try {
			demoAccounts.run(null);

			assertThat(jdbc.sql("select password_hash || '|' || demo from identity.account where username = 'analyst'")
				.query(String.class)
				.single()).isEqualTo("{noop}a-real-secret|false");
		}
		finally {
			// other tests in this context sign in as the demo analyst
			jdbc.sql("update identity.account set demo = true where username = 'analyst'").update();
			demoAccounts.run(null);
		}
	}
}
