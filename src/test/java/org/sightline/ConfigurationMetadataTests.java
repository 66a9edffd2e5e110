package org.sightline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every Sightline setting is documented by Boot's configuration metadata, which the configuration
 * processor writes from the settings records at compile time (their Javadoc and defaults): a setting
 * named in {@code application.properties}, the README or the operations guide that no record binds
 * fails the build, and so does a setting read past the records with {@code @Value}.
 */
class ConfigurationMetadataTests {

	static final String METADATA = "META-INF/spring-configuration-metadata.json";

	/** A setting as written in a properties file (not a comment) or referred to as {@code ${sightline...}}. */
	static final Pattern PROPERTIES_KEY = Pattern.compile("^\\s*(sightline\\.[A-Za-z0-9_.\\[\\]-]+)\\s*[=:]",
			Pattern.MULTILINE);
	static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(sightline\\.[A-Za-z0-9_.-]+)");
	/** A setting named in Markdown, in back-quotes: {@code `sightline.sign-in.*`}, {@code `sightline.sso.enabled=true`}. */
	static final Pattern MARKDOWN_NAME = Pattern.compile("`(sightline\\.[^`\\s=]+)[^`]*`");

	static final Pattern ENVIRONMENT_VARIABLE = Pattern.compile("`(SIGHTLINE_[A-Z0-9_]+)`");

	/** Names in the documentation that are not settings (a database setting of a transaction). */
	static final Set<String> NOT_SETTINGS = Set.of("sightline.disposing");

	/** Sightline's own metadata: the processor's output in this project's classes, not a library's. */
	static Map<String, JsonNode> metadata() throws IOException {
		List<URL> ours = new ArrayList<>();
		for (URL url : Collections.list(ConfigurationMetadataTests.class.getClassLoader().getResources(METADATA))) {
			if (url.getProtocol().equals("file")) {
				ours.add(url);
			}
		}
		assertThat(ours).as("the configuration processor wrote %s into the project's classes", METADATA).hasSize(1);
		Map<String, JsonNode> properties = new TreeMap<>();
		try (InputStream in = ours.get(0).openStream()) {
			for (JsonNode property : JsonMapper.builder().build().readTree(in).get("properties")) {
				properties.put(property.get("name").asString(), property);
			}
		}
		return properties;
	}

	@Test
	void every_setting_in_application_properties_is_in_the_configuration_metadata() throws IOException {
		Map<String, JsonNode> metadata = metadata();
		Set<String> named = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
			for (Path file : files.filter(f -> f.getFileName().toString().matches("application.*\\.(properties|ya?ml)"))
				.toList()) {
				String text = Files.readString(file);
				named.addAll(matches(PROPERTIES_KEY, text));
				named.addAll(matches(PLACEHOLDER, text));
			}
		}
		assertThat(named).as("application.properties names Sightline settings").contains("sightline.force-name",
				"sightline.officer-hours.MISSING_PERSON");
		assertThat(undocumented(named, metadata)).as("settings named in application.properties but bound by no settings record")
			.isEmpty();
	}

	@Test
	void every_setting_the_readme_and_operations_guide_name_is_in_the_configuration_metadata() throws IOException {
		Map<String, JsonNode> metadata = metadata();
		Set<String> named = new TreeSet<>();
		for (String page : List.of("README.md", "docs/operations.md")) {
			named.addAll(matches(MARKDOWN_NAME, Files.readString(Path.of(page))));
		}
		named.removeAll(NOT_SETTINGS);
		assertThat(named).as("the README names Sightline settings").contains("sightline.sso.roles-claim");
		assertThat(undocumented(named, metadata)).as("settings the documentation names but no settings record binds")
			.isEmpty();
	}

	/** The README's table of settings gives most as environment variables: {@code SIGHTLINE_TOKENS_SIGNING_KEY}. */
	@Test
	void every_environment_variable_the_readme_and_operations_guide_name_is_in_the_configuration_metadata()
			throws IOException {
		Map<String, JsonNode> metadata = metadata();
		Map<String, String> byVariable = new TreeMap<>();
		metadata.keySet().forEach(property -> byVariable.put(environmentVariable(property), property));
		Set<String> named = new TreeSet<>();
		for (String page : List.of("README.md", "docs/operations.md")) {
			named.addAll(matches(ENVIRONMENT_VARIABLE, Files.readString(Path.of(page))));
		}
		assertThat(named).as("the README names settings as environment variables").contains("SIGHTLINE_TOKENS_SIGNING_KEY");
		List<String> missing = named.stream()
			.filter(variable -> !byVariable.containsKey(variable) && byVariable.entrySet()
				.stream()
				.noneMatch(entry -> variable.startsWith(entry.getKey() + "_") && isMap(metadata.get(entry.getValue()))))
			.toList();
		assertThat(missing).as("environment variables the documentation names but no settings record binds").isEmpty();
	}

	/** Boot's relaxed binding: {@code sightline.sign-in.window} is {@code SIGHTLINE_SIGN_IN_WINDOW}. */
	static String environmentVariable(String property) {
		return property.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
	}

	@Test
	void every_sightline_setting_has_a_description() throws IOException {
		List<String> bare = metadata().values()
			.stream()
			.filter(property -> property.get("name").asString().startsWith("sightline."))
			.filter(property -> !property.hasNonNull("description") || property.get("description").asString().isBlank())
			.map(property -> property.get("name").asString())
			.toList();
		assertThat(bare).as("settings without a description (a @param in their record's Javadoc)").isEmpty();
	}

	@Test
	void a_default_written_in_a_record_is_in_the_metadata() throws IOException {
		Map<String, JsonNode> metadata = metadata();
		assertThat(metadata.get("sightline.scheduler.polling-interval").get("defaultValue").asString()).isEqualTo("2s");
		assertThat(metadata.get("sightline.retention.person-review-years").get("defaultValue").asInt()).isEqualTo(6);
		assertThat(metadata.get("sightline.time-zone").get("defaultValue").asString()).isEqualTo("Europe/London");
	}

	/**
	 * Settings are read through their module's settings record, where the default is written once and
	 * checked at start-up; {@code @Value} would write a second default beside it.
	 */
	@Test
	void no_sightline_setting_is_read_with_value() throws IOException {
		Pattern value = Pattern.compile("Value\\(\"\\$\\{sightline\\.");
		List<String> readers = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				if (value.matcher(Files.readString(file)).find()) {
					readers.add(file.toString());
				}
			}
		}
		assertThat(readers).as("classes reading a sightline.* setting with @Value").isEmpty();
	}

	/**
	 * The names not in the metadata. A name is documented when it is a property, or sits under a map
	 * property ({@code sightline.officer-hours.MISSING_PERSON}, {@code sightline.sso.role-mapping[x]}); a
	 * wildcard or a prefix ({@code sightline.sign-in.*}, {@code sightline.sso}) when some property is under it.
	 */
	static List<String> undocumented(Set<String> names, Map<String, JsonNode> metadata) {
		List<String> missing = new ArrayList<>();
		for (String written : names) {
			String name = written.replaceAll("\\[.*$", "").replaceAll("\\.<.*$", "").replaceAll("\\.\\*$", "");
			boolean documented = metadata.containsKey(name)
					|| metadata.keySet().stream().anyMatch(property -> name.startsWith(property + ".") && isMap(metadata.get(property)))
					|| metadata.keySet().stream().anyMatch(property -> property.startsWith(name + "."));
			if (!documented) {
				missing.add(written);
			}
		}
		return missing;
	}

	static boolean isMap(JsonNode property) {
		return property.hasNonNull("type") && property.get("type").asString().startsWith("java.util.Map<");
	}

	static List<String> matches(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1).replaceAll("[.]+$", ""));
		}
		return found;
	}
}
