package org.sightline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * On an external PostgreSQL (CI's second pass), gives every Spring test context a database of its
 * own, as the embedded run does with a throw-away cluster per context, so no test sees another's
 * data (an agreement another test published, messages another test queued). A restart test names
 * its database ({@code sightline.test.database-name}) so that both of its starts use the same one.
 */
public class IsolatedTestDatabase implements EnvironmentPostProcessor, Ordered {

	static final String PREFIX = "sightline_test_";

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String url = environment.getProperty("spring.datasource.url");
		if (!StringUtils.hasText(url) || url.contains("/" + PREFIX)) {
			return;
		}
		String name = environment.getProperty("sightline.test.database-name",
				PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
		if (!name.matches("[a-z0-9_]+")) {
			throw new IllegalArgumentException("Test database names are lower-case letters, digits and _: " + name);
		}
		if (!name.startsWith(PREFIX)) {
			name = PREFIX + name;
		}
		// with separate roles (as CI runs), the owner role creates and owns the database; the runtime
		// role (spring.datasource.username) gets its grants from the migrations
		String owner = environment.getProperty("spring.flyway.user");
		String user = StringUtils.hasText(owner) ? owner : environment.getProperty("spring.datasource.username");
		String password = StringUtils.hasText(owner) ? environment.getProperty("spring.flyway.password")
				: environment.getProperty("spring.datasource.password");
		try (Connection connection = DriverManager.getConnection(url, user, password);
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, name);
			try (ResultSet rs = exists.executeQuery()) {
				if (!rs.next()) {
					connection.createStatement().execute("create database " + name);
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot create the test database " + name + " on " + url, e);
		}
		String isolated = url.replaceFirst("^(jdbc:postgresql://[^/]+/)([^?]*)", "$1" + name);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("isolated-test-database", Map.of("spring.datasource.url", isolated)));
	}
}
