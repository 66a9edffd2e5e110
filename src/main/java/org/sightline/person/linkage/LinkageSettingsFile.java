package org.sightline.person.linkage;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Which columns of a CSV file hold what, read from a YAML settings file, so that the batch tool
 * can link any CSV and not only the two layouts {@link PersonCsv} recognises. It sits beside
 * {@link LinkageSettings} (how a run decides) and says only what the file holds:
 *
 * <pre>
 * id: ref                    # the column with each record's unique id (required)
 * label: group               # optional: the truth for evaluate (or {column: ..., pattern: ...})
 * columns:                   # file column: how it is compared
 *   forename: given name
 *   family name: surname
 *   born: date
 *   post code: postcode
 *   town: locality
 *   gender: sex
 *   occupation: free text
 *   ethnicity code: exact
 * blocking: [surname_sound_and_birth_year, names_in_either_order]   # optional; default all
 * nicknames: local-nicknames.txt   # optional: groups added to the bundled nickname table
 * </pre>
 *
 * Each kind maps onto one part of {@link PersonRecord}, so it may be named once; a whole name
 * ({@code name}) fills both given name and surname, so it takes the place of those two. Column
 * names are matched ignoring case and surrounding spaces; columns not named are not read. A
 * relative nickname path is taken from the settings file's directory, so that the two travel
 * together whatever directory the tool is run from.
 *
 * @param source   where the settings came from, for messages
 * @param idColumn the column holding each record's unique id
 * @param columns  the column read for each kind of value compared
 * @param label    the truth label's column and, when the label is part of a value, the pattern
 *                 whose first group is the label
 * @param blocking the blocking rules a run uses
 * @param nicknames a file of nickname groups to add to the bundled table, if any
 */
record LinkageSettingsFile(String source, String idColumn, Map<Kind, String> columns, Optional<Label> label,
		List<BlockingRule> blocking, Optional<Path> nicknames) {

	/** How a column is compared: which part of {@link PersonRecord} it becomes. */
	enum Kind {

		GIVEN_NAME("given name"), SURNAME("surname"), DATE("date"),
		HOUSE_NUMBER("house number"), STREET("street"), PREMISES("premises"),
		LOCALITY("locality"), POSTCODE("postcode"), EMAIL("email"),
		IDENTIFIER("identifier"),
		/** Sex or gender, as M/F, male/female or any other value; "unknown" and the like are missing. */
		SEX("sex"),
		/** Occupation-like free text, compared by the words it shares. */
		FREE_TEXT("free text"),
		/** Any other value (an ethnicity code, a custody number prefix), compared for equality only. */
		EXACT("exact"),
		/**
		 * A whole name in one column ("Mr John A Smith"): split into a given name (the first word
		 * after any titles) and a surname (the last), because the model compares those apart.
		 */
		NAME("name");

		final String word;

		Kind(String word) {
			this.word = word;
		}

		static Optional<Kind> of(String word) {
			String w = word.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
			return Arrays.stream(values()).filter(k -> k.word.equals(w)).findFirst();
		}

		static String words() {
			return Arrays.stream(values()).map(k -> k.word).collect(Collectors.joining(", "));
		}
	}

	/** Where the truth label is: a column, and optionally a pattern whose first group is the label. */
	record Label(String column, Optional<Pattern> pattern) {

		/** The label of a value, or null when it has none (empty, or not matching the pattern). */
		String of(String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			if (pattern.isEmpty()) {
				return value;
			}
			Matcher m = pattern.get().matcher(value);
			return m.matches() ? (m.groupCount() >= 1 ? m.group(1) : value) : null;
		}
	}

	LinkageSettingsFile {
		EnumMap<Kind, String> inKindOrder = new EnumMap<>(Kind.class);
		inKindOrder.putAll(columns);
		columns = Collections.unmodifiableMap(inKindOrder); // in kind order, so messages list columns alike every run
		blocking = List.copyOf(blocking);
	}

	/** The settings bundled for FEBRL's synthetic data sets. */
	static LinkageSettingsFile febrl() {
		return bundled("febrl.yaml");
	}

	/** The settings bundled for Splink's fake_1000. */
	static LinkageSettingsFile splinkFake1000() {
		return bundled("splink-fake-1000.yaml");
	}

	private static LinkageSettingsFile bundled(String name) {
		String resource = "/person/linkage/settings/" + name;
		try (InputStream in = LinkageSettingsFile.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("bundled linkage settings missing: " + resource);
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Reads a settings file; an {@link IllegalArgumentException} says in words what is wrong. */
	static LinkageSettingsFile read(Path path) throws IOException {
		Path directory = path.toAbsolutePath().getParent();
		return parse(Files.readString(path, StandardCharsets.UTF_8), path.toString(), directory);
	}

	/** Parses settings; a relative nickname path is taken from the working directory. */
	static LinkageSettingsFile parse(String yaml, String source) {
		return parse(yaml, source, null);
	}

	/** Parses settings; a relative nickname path is taken from {@code directory} (the working directory when null). */
	static LinkageSettingsFile parse(String yaml, String source, Path directory) {
		Object root;
		try (Reader reader = new StringReader(yaml)) {
			LoaderOptions options = new LoaderOptions();
			options.setAllowDuplicateKeys(false); // a column named twice would otherwise keep only its last kind
			root = new Yaml(new SafeConstructor(options)).load(reader);
		}
		catch (YAMLException e) {
			throw refused(source, "it is not valid YAML: " + e.getMessage().strip());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (!(root instanceof Map<?, ?> settings)) {
			throw refused(source,
					"it must be a YAML mapping with id, columns and optionally label, blocking and nicknames");
		}
		for (Object key : settings.keySet()) {
			if (!List.of("id", "columns", "label", "blocking", "nicknames").contains(String.valueOf(key))) {
				throw refused(source,
						"unknown setting '" + key + "'; the settings are id, columns, label, blocking and nicknames");
			}
		}
		Object id = settings.get("id");
		if (!(id instanceof String idColumn) || idColumn.isBlank()) {
			throw refused(source, "it lacks id: the column that holds each record's unique id");
		}
		Map<Kind, String> columns = new EnumMap<>(Kind.class);
		if (!(settings.get("columns") instanceof Map<?, ?> named) || named.isEmpty()) {
			throw refused(source, "it lacks columns: each column to compare and how (" + Kind.words() + ")");
		}
		for (Map.Entry<?, ?> entry : named.entrySet()) {
			String column = String.valueOf(entry.getKey());
			String how = String.valueOf(entry.getValue());
			Kind kind = Kind.of(how).orElseThrow(() -> refused(source,
					"column '" + column + "' is to be compared as '" + how + "', which is not a kind; the kinds are "
							+ Kind.words()));
			String earlier = columns.put(kind, column);
			if (earlier != null) {
				throw refused(source, "columns '" + earlier + "' and '" + column + "' are both " + kind.word
						+ "; each kind may be named once" + (ONE_COLUMN_FIELDS.contains(kind)
								? " (the model has one field each for sex, free text and exact, so it compares one column of each)"
								: ""));
			}
		}
		if (columns.containsKey(Kind.NAME)
				&& (columns.containsKey(Kind.GIVEN_NAME) || columns.containsKey(Kind.SURNAME))) {
			throw refused(source, "column '" + columns.get(Kind.NAME) + "' is a whole name, which gives the given name "
					+ "and surname, so no other column may be given name or surname");
		}
		return new LinkageSettingsFile(source, idColumn, columns, label(settings.get("label"), source),
				blocking(settings.get("blocking"), source), nicknames(settings.get("nicknames"), source, directory));
	}

	private static Optional<Path> nicknames(Object value, String source, Path directory) {
		if (value == null) {
			return Optional.empty();
		}
		if (!(value instanceof String file) || file.isBlank()) {
			throw refused(source, "nicknames must be the path of a nickname file");
		}
		Path path = Path.of(file.strip());
		return Optional.of(directory == null || path.isAbsolute() ? path : directory.resolve(path));
	}

	/** Kinds the model gives one field each, so that a second column of one has nowhere to go. */
	private static final java.util.Set<Kind> ONE_COLUMN_FIELDS = java.util.EnumSet.of(Kind.SEX, Kind.FREE_TEXT,
			Kind.EXACT);

	private static Optional<Label> label(Object value, String source) {
		if (value == null) {
			return Optional.empty();
		}
		if (value instanceof String column && !column.isBlank()) {
			return Optional.of(new Label(column, Optional.empty()));
		}
		if (value instanceof Map<?, ?> map && map.get("column") instanceof String column && !column.isBlank()) {
			Object pattern = map.get("pattern");
			try {
				return Optional.of(new Label(column,
						pattern == null ? Optional.empty() : Optional.of(Pattern.compile(String.valueOf(pattern)))));
			}
			catch (PatternSyntaxException e) {
				throw refused(source, "the label pattern is not a regular expression: " + e.getDescription());
			}
		}
		throw refused(source, "label must be a column name, or column and pattern");
	}

	private static List<BlockingRule> blocking(Object value, String source) {
		if (value == null) {
			return BlockingRule.STANDARD;
		}
		if (!(value instanceof List<?> names) || names.isEmpty()) {
			throw refused(source, "blocking must be a list of rules: " + ruleNames());
		}
		List<BlockingRule> rules = new ArrayList<>();
		for (Object name : names) {
			String wanted = String.valueOf(name).strip().toUpperCase(Locale.ROOT).replace(' ', '_');
			BlockingRule rule = Arrays.stream(BlockingRule.values()).filter(r -> r.name().equals(wanted)).findFirst()
					.orElseThrow(() -> refused(source, "blocking rule '" + name + "' is not one of " + ruleNames()));
			if (!rules.contains(rule)) {
				rules.add(rule);
			}
		}
		return rules;
	}

	static String ruleNames() {
		return Arrays.stream(BlockingRule.values()).map(r -> r.name().toLowerCase(Locale.ROOT))
				.collect(Collectors.joining(", "));
	}

	private static IllegalArgumentException refused(String source, String reason) {
		return new IllegalArgumentException("settings file " + source + " refused: " + reason);
	}

	/**
	 * The index of each column the settings read, by the name the settings give; an
	 * {@link IllegalArgumentException} names a column the file lacks together with the columns it has.
	 */
	Map<String, Integer> locate(List<String> header, Path file) {
		Map<String, Integer> index = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			index.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
		}
		Map<String, Integer> found = new LinkedHashMap<>();
		List<String> wanted = new ArrayList<>();
		wanted.add(idColumn);
		wanted.addAll(columns.values());
		label.ifPresent(l -> wanted.add(l.column()));
		List<String> missing = new ArrayList<>();
		for (String column : wanted) {
			Integer at = index.get(column.strip().toLowerCase(Locale.ROOT));
			if (at == null) {
				missing.add(column);
			}
			else {
				found.put(column, at);
			}
		}
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("settings file " + source + " names "
					+ (missing.size() == 1 ? "a column" : "columns") + " that " + file + " does not have: "
					+ String.join(", ", missing) + System.lineSeparator() + "the columns it has: " + header.stream().map(String::strip).collect(Collectors.joining(", ")));
		}
		return found;
	}
}
