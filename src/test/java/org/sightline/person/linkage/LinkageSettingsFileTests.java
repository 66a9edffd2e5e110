package org.sightline.person.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkageSettingsFileTests {

	private static final Path DATA = Path.of("src/test/resources/linkage");

	@TempDir
	Path dir;

	private final CliRun cli = new CliRun();

	private Path file(String name, String... lines) throws IOException {
		return Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
	}

	/** A record and its truth label, as the tool read the two layouts before settings files existed. */
	private record Reading(List<PersonRecord> records, List<String> truth) {
	}

	/**
	 * The reading of the FEBRL and fake_1000 columns as the tool hard-coded it before the layouts
	 * became bundled settings files: the reference the bundled files must reproduce.
	 */
	private static Reading readAsBeforeSettings(Path path) throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			CsvLines csv = new CsvLines(reader);
			List<String> header = csv.next();
			Map<String, Integer> column = new HashMap<>();
			for (int i = 0; i < header.size(); i++) {
				column.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
			}
			boolean febrl = column.containsKey("rec_id");
			Pattern febrlId = Pattern.compile("rec-(\\d+)-(?:org|dup-\\d+)");
			List<PersonRecord> records = new ArrayList<>();
			List<String> truth = new ArrayList<>();
			for (List<String> line = csv.next(); line != null; line = csv.next()) {
				assertThat(csv.problem()).isNull();
				List<String> row = line;
				Function<String, String> v = name -> row.get(column.get(name)).isEmpty() ? null : row.get(column.get(name));
				String id = row.get(0);
				if (febrl) {
					records.add(new PersonRecord(id, v.apply("given_name"), v.apply("surname"),
							PartialDate.parse(v.apply("date_of_birth")).orElse(PartialDate.UNKNOWN),
							new Address(v.apply("street_number"), v.apply("address_1"), v.apply("address_2"),
									v.apply("suburb"), v.apply("postcode")),
							null, v.apply("soc_sec_id")));
					Matcher m = febrlId.matcher(id);
					truth.add(m.matches() ? m.group(1) : null);
				}
				else {
					records.add(new PersonRecord(id, v.apply("first_name"), v.apply("surname"),
							PartialDate.parse(v.apply("dob")).orElse(PartialDate.UNKNOWN),
							new Address(null, null, null, v.apply("city"), null), v.apply("email"), null));
					truth.add(v.apply("cluster"));
				}
			}
			return new Reading(records, truth);
		}
	}

	private static void sameReading(Reading before, PersonCsv.Loaded bySettings) {
		assertThat(bySettings.skippedRows()).isZero();
		assertThat(bySettings.records()).hasSameSizeAs(before.records());
		for (int i = 0; i < before.records().size(); i++) {
			assertThat(bySettings.records().get(i)).as("record %d", i).isEqualTo(before.records().get(i));
		}
		assertThat(bySettings.truth()).isEqualTo(before.truth());
		assertThat(bySettings.truth()).anyMatch(label -> label != null);
	}

	@ParameterizedTest
	@ValueSource(strings = { "febrl_dataset1.csv", "febrl_dataset2.csv", "febrl_dataset3.csv" })
	@DisplayName("the bundled FEBRL settings, and the recognised header read through them, give every record field for field and its truth as before settings existed")
	void bundledFebrlSettingsReadAsBefore(String name) throws IOException {
		Path path = DATA.resolve(name);

		Reading before = readAsBeforeSettings(path);

		sameReading(before, PersonCsv.read(path, LinkageSettingsFile.febrl(), problem -> { }, warning -> { }));
		PersonCsv.Loaded bySettings = PersonCsv.read(path, problem -> { });
		sameReading(before, bySettings);
		assertThat(bySettings.layout()).isEqualTo("FEBRL format");
		assertThat(bySettings.records()).anyMatch(r -> r.nationalId() != null && r.address().premises() != null
				&& r.address().streetNumber() != null && r.address().postcode() != null);
	}

	@Test
	@DisplayName("the bundled fake_1000 settings, and the recognised header read through them, give every record field for field and its cluster as before settings existed")
	void bundledSplinkSettingsReadAsBefore() throws IOException {
		Path path = DATA.resolve("splink_fake_1000.csv");

		Reading before = readAsBeforeSettings(path);

		sameReading(before, PersonCsv.read(path, LinkageSettingsFile.splinkFake1000(), problem -> { }, warning -> { }));
		PersonCsv.Loaded bySettings = PersonCsv.read(path, problem -> { });
		sameReading(before, bySettings);
		assertThat(bySettings.layout()).isEqualTo("SPLINK format");
		assertThat(bySettings.records()).anyMatch(r -> r.email() != null && r.address().locality() != null);
	}

	@Test
	@DisplayName("the bundled settings block by the rules a run uses without settings")
	void bundledSettingsBlockByTheStandardRules() {
		assertThat(LinkageSettingsFile.febrl().blocking()).isEqualTo(BlockingRule.STANDARD);
		assertThat(LinkageSettingsFile.splinkFake1000().blocking()).isEqualTo(BlockingRule.STANDARD);
	}

	@Test
	@DisplayName("a file in a layout of its own is linked through a settings file into its people")
	void newLayoutIsLinkedThroughSettings() throws IOException {
		Path output = dir.resolve("clusters.csv");

		int exit = cli.run("link", "--input", DATA.resolve("custom_layout.csv").toString(), "--settings",
				DATA.resolve("custom_layout.yaml").toString(), "--output", output.toString());

		assertThat(exit).as(cli.err()).isZero();
		assertThat(cli.err()).contains("read 12 records from").contains("(settings " + DATA.resolve("custom_layout.yaml"));
		List<String> lines = Files.readAllLines(output);
		assertThat(lines.get(0)).isEqualTo("record_id,cluster_id");
		Map<String, Set<String>> clusters = new TreeMap<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",");
			clusters.computeIfAbsent(cells[1], c -> new TreeSet<>()).add(cells[0]);
		}
		Collection<Set<String>> people = clusters.values();
		assertThat(people.stream().map(Set::toString).collect(Collectors.toSet())).containsExactlyInAnyOrder(
				"[A1, A2, A3]", "[B1, B2]", "[C1, C2]", "[D1]", "[E1]", "[F1]", "[G1]", "[H1]");
	}

	@Test
	@DisplayName("evaluate takes the truth from the label column the settings name")
	void evaluateTakesTruthFromTheLabelColumn() {
		int exit = cli.run("evaluate", "--input", DATA.resolve("custom_layout.csv").toString(), "--settings",
				DATA.resolve("custom_layout.yaml").toString());

		assertThat(exit).as(cli.err()).isZero();
		assertThat(cli.out()).contains("true pairs:        5")
				.contains("clusters:          precision 1.0000  recall 1.0000");
	}

	@Test
	@DisplayName("the same file without settings is still refused as an unrecognised header")
	void withoutSettingsOnlyTheTwoLayoutsAreRead() {
		int exit = cli.run("link", "--input", DATA.resolve("custom_layout.csv").toString(), "--output",
				dir.resolve("out.csv").toString());

		assertThat(exit).isEqualTo(2);
		assertThat(cli.err()).contains("unrecognised header ref,forename,family name,born,post code,town,label");
	}

	@Test
	@DisplayName("a column the settings name and the file lacks is reported with the columns the file has")
	void unknownColumnIsReportedWithTheColumnsTheFileHas() throws IOException {
		Path settings = file("s.yaml", "id: ref", "columns:", "  forename: given name", "  surname: surname",
				"  dob: date");
		Path output = dir.resolve("out.csv");

		int exit = cli.run("link", "--input", DATA.resolve("custom_layout.csv").toString(), "--settings",
				settings.toString(), "--output", output.toString());

		assertThat(exit).isEqualTo(2);
		assertThat(cli.err()).contains("settings file " + settings + " names columns that").contains("does not have: surname, dob")
				.contains("the columns it has: ref, forename, family name, born, post code, town, label");
		assertThat(output).doesNotExist();
	}

	@Test
	@DisplayName("a settings file that is not valid YAML is refused with the reason")
	void invalidYamlIsRefused() throws IOException {
		Path settings = file("s.yaml", "id: ref", "columns: [forename: given name", "  town: locality");

		int exit = cli.run("evaluate", "--input", DATA.resolve("custom_layout.csv").toString(), "--settings",
				settings.toString());

		assertThat(exit).isEqualTo(2);
		assertThat(cli.err()).contains("settings file " + settings + " refused: it is not valid YAML");
	}

	@Test
	@DisplayName("a column named twice in a settings file is refused rather than keeping only its last kind")
	void columnNamedTwiceIsRefused() {
		assertThatThrownBy(() -> LinkageSettingsFile.parse("id: ref\ncolumns:\n  town: locality\n  town: postcode\n",
				"s.yaml")).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("refused: it is not valid YAML").hasMessageContaining("duplicate key town");
	}

	@Test
	@DisplayName("an empty input read through settings is refused, saying a header is expected")
	void emptyInputIsRefused() throws IOException {
		Path input = file("empty.csv");

		int exit = cli.run("evaluate", "--input", input.toString(), "--settings",
				DATA.resolve("custom_layout.yaml").toString());

		assertThat(exit).isEqualTo(2);
		assertThat(cli.err()).contains("the file is empty; settings file").contains("expects a header naming the columns");
	}

	@Test
	@DisplayName("a settings file without the id column is refused with the reason")
	void settingsWithoutIdAreRefused() throws IOException {
		Path settings = file("s.yaml", "columns:", "  forename: given name");

		int exit = cli.run("evaluate", "--input", DATA.resolve("custom_layout.csv").toString(), "--settings",
				settings.toString());

		assertThat(exit).isEqualTo(2);
		assertThat(cli.err()).contains("refused: it lacks id: the column that holds each record's unique id");
	}

	@Test
	@DisplayName("a comparison that is not a kind is refused, naming every kind there is")
	void unknownComparisonIsRefused() {
		assertThatThrownBy(() -> LinkageSettingsFile.parse("id: ref\ncolumns:\n  notes: vibes\n", "s.yaml"))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("'vibes', which is not a kind")
				.hasMessageContaining("given name, surname, date, house number, street, premises, locality, postcode, email, identifier, sex, free text, exact, name");
	}

	@Test
	@DisplayName("two columns compared as the same kind are refused, because the model has one place for each")
	void eachKindIsNamedOnce() {
		assertThatThrownBy(
				() -> LinkageSettingsFile.parse("id: ref\ncolumns:\n  town: locality\n  city: locality\n", "s.yaml"))
				.hasMessageContaining("columns 'town' and 'city' are both locality");
	}

	@Test
	@DisplayName("a second sex, free text or exact column is refused, saying the model compares one column of each")
	void oneColumnOfEachNewKind() {
		assertThatThrownBy(() -> LinkageSettingsFile
				.parse("id: ref\ncolumns:\n  job: free text\n  second job: free text\n", "s.yaml"))
				.hasMessageContaining("columns 'job' and 'second job' are both free text")
				.hasMessageContaining("the model has one field each for sex, free text and exact, so it compares one column of each");
	}

	@Test
	@DisplayName("sex, free text and exact columns named in the settings are read into every record and compared")
	void sexFreeTextAndExactColumnsAreRead() throws IOException {
		PersonCsv.Loaded loaded = PersonCsv.read(DATA.resolve("fields_layout.csv"),
				LinkageSettingsFile.read(DATA.resolve("fields_layout.yaml")), problem -> { }, warning -> { });
		Map<String, PersonRecord> byId = loaded.records().stream()
				.collect(Collectors.toMap(PersonRecord::id, Function.identity()));
		assertThat(byId.get("F1").sex()).isEqualTo("F");
		assertThat(byId.get("F1").freeText()).isEqualTo("Self-employed plumber");
		assertThat(byId.get("F1").exactValue()).isEqualTo("W1");
		assertThat(byId.get("F20").sex()).isNull();

		LinkageModel model = new Linker(LinkageSettings.defaults()).deduplicate(loaded.records(), message -> { }).model();
		String plumbers = model.explain(byId.get("F1"), byId.get("F2")).toText();
		assertThat(plumbers).contains("sex: same (female)").contains("free text: at least half the words shared")
				.contains("exact value: same (w1)");

		PersonRecord twin = byId.get("F6");
		PersonRecord twinAsSameSex = new PersonRecord(twin.id(), twin.givenName(), twin.familyName(), twin.dateOfBirth(),
				twin.address(), twin.email(), twin.nationalId(), "M", twin.freeText(), twin.exactValue());
		assertThat(model.explain(byId.get("F5"), twin).matchWeight())
				.isLessThan(model.explain(byId.get("F5"), twinAsSameSex).matchWeight());
	}

	@Test
	@DisplayName("an exact occupation shared by many records counts for less than a rare one")
	void commonFreeTextCountsForLess() throws IOException {
		PersonCsv.Loaded loaded = PersonCsv.read(DATA.resolve("fields_layout.csv"),
				LinkageSettingsFile.read(DATA.resolve("fields_layout.yaml")), problem -> { }, warning -> { });
		LinkageModel model = new Linker(LinkageSettings.defaults()).deduplicate(loaded.records(), message -> { }).model();
		Function<String, FieldEvidence> sharing = occupation -> model.explain(
				new PersonRecord("a", "Ann", "Lee", null, null, null, null, null, occupation, null),
				new PersonRecord("b", "Ann", "Lee", null, null, null, null, null, occupation, null)).evidence().stream()
				.filter(e -> e.field().equals("free text")).findFirst().orElseThrow();

		FieldEvidence common = sharing.apply("Unemployed");
		FieldEvidence rare = sharing.apply("Farrier");

		assertThat(rare.weight()).isGreaterThan(common.weight() + 1);
		assertThat(common.reason()).contains("of records have unemployed, so it counts for less than most");
	}

	@Test
	@DisplayName("blocking rules are named in the settings, and an unknown one is refused listing the rules")
	void blockingRulesAreNamed() {
		LinkageSettingsFile settings = LinkageSettingsFile
				.parse("id: ref\ncolumns:\n  x: surname\nblocking: [date_of_birth, Names In Either Order]\n", "s.yaml");
		assertThat(settings.blocking()).containsExactly(BlockingRule.DATE_OF_BIRTH, BlockingRule.NAMES_IN_EITHER_ORDER);

		assertThatThrownBy(() -> LinkageSettingsFile.parse("id: ref\ncolumns:\n  x: surname\nblocking: [by_hat]\n",
				"s.yaml")).hasMessageContaining("blocking rule 'by_hat' is not one of surname_sound_and_birth_year");
	}

	@Test
	@DisplayName("the example settings file in the README reads the invented file as its own settings do")
	void readmeExampleReadsTheInventedFile() throws IOException {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		int section = readme.indexOf("## Batch person linkage");
		int start = readme.indexOf("```yaml\n", section);
		assertThat(section).isNotNegative();
		assertThat(start).isNotNegative();
		String example = readme.substring(start + "```yaml\n".length(), readme.indexOf("```", start + 7));
		Path input = DATA.resolve("custom_layout.csv");

		PersonCsv.Loaded byExample = PersonCsv.read(input, LinkageSettingsFile.parse(example, "README"), problem -> { },
				warning -> { });
		PersonCsv.Loaded byOwn = PersonCsv.read(input, LinkageSettingsFile.read(DATA.resolve("custom_layout.yaml")),
				problem -> { }, warning -> { });

		assertThat(byExample.records()).isEqualTo(byOwn.records()).hasSize(12);
		assertThat(byExample.truth()).isEqualTo(byOwn.truth()).doesNotContainNull();
	}

	@Test
	@DisplayName("the usage text offers --settings and names the comparisons it takes")
	void usageOffersSettings() {
		assertThat(cli.run("link")).isEqualTo(2);
		assertThat(cli.err()).contains("--settings FILE").contains("surname, date, house number, street, premises")
				.contains("person/linkage/settings/febrl.yaml");
	}

	@Test
	@DisplayName("a label pattern takes the truth from part of a value, and a value it does not match has none")
	void labelPatternTakesPartOfAValue() {
		LinkageSettingsFile.Label label = LinkageSettingsFile
				.parse("id: id\ncolumns: {x: surname}\nlabel: {column: id, pattern: 'rec-(\\d+)-.*'}\n", "s.yaml").label()
				.orElseThrow();
		List<String> labels = new ArrayList<>();
		labels.add(label.of("rec-12-dup-0"));
		labels.add(label.of("other"));
		assertThat(labels).containsExactly("12", null);
	}

	@Test
	@DisplayName("a relative nicknames path in the settings is taken from the settings file's directory")
	void nicknamesPathIsTakenFromTheSettingsDirectory() throws IOException {
		Path settings = Files.createDirectories(dir.resolve("force")).resolve("s.yaml");
		Files.writeString(settings, "id: ref\ncolumns: {x: surname}\nnicknames: local.txt\n");

		assertThat(LinkageSettingsFile.read(settings).nicknames()).contains(dir.resolve("force/local.txt").toAbsolutePath());
		assertThat(LinkageSettingsFile.parse("id: ref\ncolumns: {x: surname}\n", "s.yaml").nicknames()).isEmpty();
		assertThatThrownBy(() -> LinkageSettingsFile.parse("id: ref\ncolumns: {x: surname}\nnicknames: [a, b]\n",
				"s.yaml")).hasMessageContaining("nicknames must be the path of a nickname file");
	}

	@Test
	@DisplayName("the nickname file a settings file names is used in the run, and a missing one is refused with exit code 2")
	void nicknamesOfTheSettingsFileAreUsed() throws IOException {
		Path input = file("people.csv", "ref,forename,family name,born,town", "1,Taff,Pritchard,02/03/1966,Cardiff",
				"2,Dafydd,Pritchard,02/03/1966,Cardiff", "3,Ann,Lee,01/01/1980,Hull", "4,Ann,Leigh,01/01/1980,Hull");
		String layout = "id: ref\ncolumns: {forename: given name, family name: surname, born: date, town: locality}\n";
		Path without = file("without.yaml", layout);
		Files.createDirectories(dir.resolve("local"));
		Files.write(dir.resolve("local/nicknames.txt"), List.of("dafydd taff"));
		Path with = file("with.yaml", layout + "nicknames: local/nicknames.txt");

		assertThat(givenNameLevelOfFirstTwo(input, without)).isEqualTo("different");
		assertThat(givenNameLevelOfFirstTwo(input, with)).isEqualTo("nickname");

		Path broken = file("broken.yaml", layout + "nicknames: nowhere.txt");
		assertThat(cli.run("evaluate", "--input", input.toString(), "--settings", broken.toString())).isEqualTo(2);
		assertThat(cli.err()).contains("nickname file " + dir.resolve("nowhere.txt").toAbsolutePath() + " does not exist");
	}

	/** Links with every candidate pair sent to review and gives the given-name level of records 1 and 2. */
	private String givenNameLevelOfFirstTwo(Path input, Path settings) throws IOException {
		Path review = dir.resolve("review.csv");
		int exit = cli.run("link", "--input", input.toString(), "--settings", settings.toString(), "--output",
				dir.resolve("clusters.csv").toString(), "--review", review.toString(), "--link-above", "0.9999999",
				"--review-above", "0.0000001");
		assertThat(exit).as(cli.err()).isZero();
		List<String> header = List.of(Files.readAllLines(review).get(0).split(","));
		String row = Files.readAllLines(review).stream().filter(line -> line.startsWith("1,2,")).findFirst()
				.orElseThrow();
		return row.split(",")[header.indexOf("given_name_level")];
	}

	@Test
	@DisplayName("a whole-name column is split into given name (first word after titles) and surname (last word)")
	void wholeNameIsSplit() throws IOException {
		PersonCsv.Loaded loaded = PersonCsv.read(DATA.resolve("full_names.csv"),
				LinkageSettingsFile.read(DATA.resolve("full_names.yaml")), problem -> { }, warning -> { });

		Map<String, String> names = loaded.records().stream().collect(Collectors.toMap(PersonRecord::id,
				r -> r.givenName() + " / " + r.familyName()));
		assertThat(names).containsEntry("A1", "Morwenna / Tregarthen").containsEntry("A3", "Morwenna / TREGARTHEN")
				.containsEntry("B1", "Idris / Pembridge").containsEntry("B2", "Idris / Pembridge")
				.containsEntry("G1", "Peregrine / Whitlock").containsEntry("I1", "null / Lord");

		assertThat(cli.run("evaluate", "--input", DATA.resolve("full_names.csv").toString(), "--settings",
				DATA.resolve("full_names.yaml").toString())).as(cli.err()).isZero();
		assertThat(cli.out()).contains("clusters:          precision 1.0000  recall 1.0000");
	}

	@Test
	@DisplayName("a whole name beside a given-name or surname column is refused, because it gives both")
	void wholeNameTakesThePlaceOfGivenNameAndSurname() {
		assertThatThrownBy(() -> LinkageSettingsFile.parse("id: ref\ncolumns: {full: name, first: given name}\n",
				"s.yaml")).hasMessageContaining("column 'full' is a whole name");
	}
}
