package org.sightline.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The risk tools in force: the ones Sightline ships under {@code assessment/tools/} on the class
 * path, plus any a force adds as YAML files in its own directory. Adding a tool (for example DARA,
 * whose questions are not public) needs a file, not code. Every definition is checked when it is
 * read; a bad file stops start-up with a message naming the file and each problem.
 */
public final class RiskTools {

	/** Where the tools Sightline ships live on the class path. */
	public static final String BUNDLED_LOCATION = "assessment/tools";

	private static final String CODE_PATTERN = "[A-Z][A-Z0-9_]*";

	private final Map<String, RiskTool> byCode;

	private RiskTools(Map<String, RiskTool> byCode) {
		this.byCode = Collections.unmodifiableMap(byCode);
	}

	/** @throws IllegalArgumentException when two definitions share a tool code */
	public static RiskTools of(Collection<RiskTool> tools) {
		Map<String, RiskTool> byCode = new LinkedHashMap<>();
		for (RiskTool tool : tools) {
			RiskTool earlier = byCode.putIfAbsent(tool.code(), tool);
			if (earlier != null) {
				throw new IllegalArgumentException("Two risk tool definitions use the code " + tool.code() + ": "
						+ earlier.id() + " and " + tool.id() + ". Keep one file per tool.");
			}
		}
		return new RiskTools(byCode);
	}

	/** The tools Sightline ships ({@value #BUNDLED_LOCATION}/*.yml on the class path). */
	public static RiskTools bundled() {
		return of(readClasspathDirectory(RiskTools.class.getClassLoader(), BUNDLED_LOCATION));
	}

	/** Every {@code *.yml} or {@code *.yaml} file in a force's own directory. */
	public static RiskTools fromDirectory(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			List<RiskTool> tools = new ArrayList<>();
			for (Path file : files.filter(RiskTools::isYaml).sorted().toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					tools.add(read(in, file.toString()));
				}
			}
			return of(tools);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the risk tools in " + directory, e);
		}
	}

	/** These tools and those of {@code others}; a code defined in both is an error. */
	public RiskTools and(RiskTools others) {
		List<RiskTool> all = new ArrayList<>(byCode.values());
		all.addAll(others.all());
		return of(all);
	}

	public Optional<RiskTool> find(String code) {
		return Optional.ofNullable(byCode.get(code));
	}

	/** @throws IllegalStateException when no tool has this code: a configuration error */
	public RiskTool require(String code) {
		return find(code).orElseThrow(() -> new IllegalStateException(
				"No risk tool with code " + code + " is defined; tools in force: " + byCode.keySet()));
	}

	public List<RiskTool> all() {
		return List.copyOf(byCode.values());
	}

	/**
	 * Reads and checks one tool definition.
	 *
	 * @param origin the file name, for error messages
	 * @throws IllegalArgumentException listing every problem with the definition
	 */
	public static RiskTool read(InputStream in, String origin) {
		Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		return new Reader(origin).read(document);
	}

	/** Reads and checks one tool definition from YAML text. */
	public static RiskTool read(String yaml, String origin) {
		return read(new java.io.ByteArrayInputStream(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				origin);
	}

	private static boolean isYaml(Path file) {
		String name = file.getFileName().toString();
		return Files.isRegularFile(file) && (name.endsWith(".yml") || name.endsWith(".yaml"));
	}

	/**
	 * Lists a class-path directory both when classes are plain files (tests, IDE) and when they are
	 * packed in a jar. A Spring wiring may instead use a {@code classpath*:} pattern and {@link #read}.
	 */
	static List<RiskTool> readClasspathDirectory(ClassLoader loader, String location) {
		List<RiskTool> tools = new ArrayList<>();
		try {
			Enumeration<URL> roots = loader.getResources(location);
			while (roots.hasMoreElements()) {
				URL root = roots.nextElement();
				if ("file".equals(root.getProtocol())) {
					tools.addAll(fromDirectory(Path.of(root.toURI())).all());
				}
				else if (root.openConnection() instanceof JarURLConnection connection) {
					connection.setUseCaches(false);
					String prefix = connection.getEntryName() + "/";
					try (JarFile jar = connection.getJarFile()) {
						List<JarEntry> entries = jar.stream()
							.filter(e -> e.getName().startsWith(prefix) && !e.isDirectory())
							.filter(e -> e.getName().endsWith(".yml") || e.getName().endsWith(".yaml"))
							.sorted((a, b) -> a.getName().compareTo(b.getName()))
							.toList();
						for (JarEntry entry : entries) {
							try (InputStream in = jar.getInputStream(entry)) {
								tools.add(read(in, root + "/" + entry.getName().substring(prefix.length())));
							}
						}
					}
				}
				else {
					throw new IllegalStateException("Cannot list the risk tools at " + root
							+ "; load them with RiskTools.read from a classpath*: pattern instead");
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the bundled risk tools", e);
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
		return tools;
	}

	/** Turns one YAML document into a {@link RiskTool}, collecting every problem before failing. */
	private static final class Reader {

		private final String origin;
		private final List<String> problems = new ArrayList<>();

		Reader(String origin) {
			this.origin = origin;
		}

		RiskTool read(Object document) {
			if (!(document instanceof Map<?, ?> root)) {
				throw new IllegalArgumentException("The risk tool file " + origin + " is empty or not a YAML map");
			}
			String code = text(root, "code", "the tool");
			if (code != null && !code.matches(CODE_PATTERN)) {
				problems.add("the tool code '" + code + "' is not UPPER_SNAKE_CASE");
			}
			String version = text(root, "version", "the tool");
			String title = text(root, "title", "the tool");
			String source = Optional.ofNullable(root.get("source")).map(String::valueOf).orElse("");
			RiskTool.GradingMode mode = enumValue(RiskTool.GradingMode.class, root.get("grading"), "grading",
					"the tool");
			Optional<RiskTool.ScoringRule> scoring = Optional.empty();
			if (root.get("scoring") != null) {
				scoring = Optional.ofNullable(
						enumValue(RiskTool.ScoringRule.class, root.get("scoring"), "scoring", "the tool"));
			}
			else if (mode == RiskTool.GradingMode.SCORE) {
				problems.add("a SCORE tool needs a scoring rule (scoring: COUNT_YES)");
			}
			List<RiskTool.Question> questions = questions(root.get("questions"));
			List<RiskTool.Level> levels = levels(root.get("levels"), mode, questions.size());
			if (!problems.isEmpty()) {
				throw new IllegalArgumentException("The risk tool file " + origin + " is invalid:\n - "
						+ String.join("\n - ", problems));
			}
			return new RiskTool(code, version, title, source, mode, scoring, questions, levels);
		}

		private List<RiskTool.Question> questions(Object value) {
			List<RiskTool.Question> questions = new ArrayList<>();
			if (!(value instanceof List<?> items) || items.isEmpty()) {
				problems.add("there is no list of questions");
				return questions;
			}
			Set<String> seen = new HashSet<>();
			int number = 0;
			for (Object item : items) {
				number++;
				String where = "question " + number;
				if (!(item instanceof Map<?, ?> map)) {
					problems.add(where + " is not a map with code and text");
					continue;
				}
				String code = text(map, "code", where);
				String text = text(map, "text", where);
				if (code == null || text == null) {
					continue;
				}
				if (!code.matches(CODE_PATTERN)) {
					problems.add(where + " has a code that is not UPPER_SNAKE_CASE: " + code);
				}
				if (!seen.add(code)) {
					problems.add(where + " repeats the question code " + code + "; question codes must be unique");
				}
				Object flag = map.get("highRiskFactor");
				if (flag != null && !(flag instanceof Boolean)) {
					problems.add(where + " (" + code + ") has highRiskFactor '" + flag + "', which is not true or false");
				}
				Set<String> indicates = new LinkedHashSet<>();
				Object indicated = map.get("indicates");
				if (indicated instanceof List<?> list) {
					for (Object indicator : list) {
						if (!String.valueOf(indicator).matches(CODE_PATTERN)) {
							problems.add(where + " (" + code + ") indicates '" + indicator
									+ "', which is not UPPER_SNAKE_CASE");
						}
						indicates.add(String.valueOf(indicator));
					}
				}
				else if (indicated != null) {
					problems.add(where + " (" + code + ") has 'indicates' that is not a list");
				}
				questions.add(new RiskTool.Question(number, code, text, Boolean.TRUE.equals(flag), indicates));
			}
			return questions;
		}

		private List<RiskTool.Level> levels(Object value, RiskTool.GradingMode mode, int maximumScore) {
			List<RiskTool.Level> levels = new ArrayList<>();
			if (!(value instanceof List<?> items) || items.isEmpty()) {
				problems.add("there is no list of levels");
				return levels;
			}
			Set<String> seen = new HashSet<>();
			for (Object item : items) {
				String where = "level " + (levels.size() + 1);
				if (!(item instanceof Map<?, ?> map)) {
					problems.add(where + " is not a map");
					continue;
				}
				String code = text(map, "code", where);
				RiskLevel riskLevel = enumValue(RiskLevel.class, map.get("riskLevel"), "riskLevel", where);
				if (code == null || riskLevel == null) {
					continue;
				}
				if (!seen.add(code)) {
					problems.add(where + " repeats the level code " + code);
				}
				String meaning = Optional.ofNullable(map.get("meaning")).map(String::valueOf).orElse("");
				levels.add(new RiskTool.Level(code, meaning, number(map, "from", where + " (" + code + ")"),
						number(map, "to", where + " (" + code + ")"), riskLevel));
			}
			for (int i = 1; i < levels.size(); i++) {
				if (levels.get(i).riskLevel().compareTo(levels.get(i - 1).riskLevel()) < 0) {
					problems.add("levels must be listed lowest first, but " + levels.get(i).code() + " ("
							+ levels.get(i).riskLevel() + ") follows " + levels.get(i - 1).code() + " ("
							+ levels.get(i - 1).riskLevel() + ")");
				}
			}
			if (mode == RiskTool.GradingMode.SCORE) {
				checkScoreBands(levels, maximumScore);
			}
			else if (mode == RiskTool.GradingMode.JUDGEMENT) {
				for (RiskTool.Level level : levels) {
					if (level.minimumScore().isPresent() || level.maximumScore().isPresent()) {
						problems.add("level " + level.code() + " has score thresholds, but the tool is graded by "
								+ "JUDGEMENT; remove them or grade by SCORE");
					}
				}
			}
			return levels;
		}

		/** Levels must start at 0, follow on without gaps or overlaps and reach the highest score. */
		private void checkScoreBands(List<RiskTool.Level> levels, int maximumScore) {
			int expectedFrom = 0;
			for (int i = 0; i < levels.size(); i++) {
				RiskTool.Level level = levels.get(i);
				boolean last = i == levels.size() - 1;
				if (level.minimumScore().isEmpty()) {
					problems.add("level " + level.code() + " has no 'from' score");
					return;
				}
				int from = level.minimumScore().getAsInt();
				if (from != expectedFrom) {
					problems.add("level " + level.code() + " starts at " + from + " but must start at " + expectedFrom
							+ (from > expectedFrom ? " (a gap)" : " (an overlap)"));
				}
				if (level.maximumScore().isEmpty()) {
					if (!last) {
						problems.add("level " + level.code() + " has no 'to' score, but only the top level may be open");
						return;
					}
					continue;
				}
				int to = level.maximumScore().getAsInt();
				if (to < from) {
					problems.add("level " + level.code() + " ends at " + to + ", below where it starts (" + from + ")");
				}
				if (last && to < maximumScore) {
					problems.add("the top level " + level.code() + " ends at " + to + ", but scores go up to "
							+ maximumScore + "; leave out 'to' or raise it");
				}
				expectedFrom = to + 1;
			}
		}

		private String text(Map<?, ?> map, String key, String where) {
			Object value = map.get(key);
			if (value == null || String.valueOf(value).isBlank()) {
				problems.add(where + " has no " + key);
				return null;
			}
			return String.valueOf(value).strip();
		}

		private OptionalInt number(Map<?, ?> map, String key, String where) {
			Object value = map.get(key);
			if (value == null) {
				return OptionalInt.empty();
			}
			if (value instanceof Integer number && number >= 0) {
				return OptionalInt.of(number);
			}
			problems.add(where + " has '" + key + "' " + value + ", which is not a whole number of 0 or more");
			return OptionalInt.empty();
		}

		private <E extends Enum<E>> E enumValue(Class<E> type, Object value, String key, String where) {
			if (value == null) {
				problems.add(where + " has no " + key);
				return null;
			}
			try {
				return Enum.valueOf(type, String.valueOf(value));
			}
			catch (IllegalArgumentException e) {
				problems.add(where + " has " + key + " '" + value + "'; expected one of "
						+ java.util.Arrays.toString(type.getEnumConstants()));
				return null;
			}
		}
	}
}
