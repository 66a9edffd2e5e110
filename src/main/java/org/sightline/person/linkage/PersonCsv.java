package org.sightline.person.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.sightline.person.linkage.LinkageSettingsFile.Kind;

/**
 * Reads person records from the CSV formats of the labelled linkage data, recognised by their
 * header (FEBRL and Splink's fake_1000, each read through its bundled settings file), or any CSV
 * through a {@link LinkageSettingsFile}. A row that cannot be read is reported with its line number
 * and skipped; a file whose header is neither is refused, naming the headers expected. Each record
 * comes with its truth label when the file has one (the FEBRL original's number, Splink's cluster).
 */
final class PersonCsv {

	enum Format {

		FEBRL("rec_id, given_name, surname, street_number, address_1, address_2, suburb, postcode, state, date_of_birth, soc_sec_id"),
		SPLINK("unique_id,first_name,surname,dob,city,email,cluster");

		final String header;

		final List<String> columns;

		Format(String header) {
			this.header = header;
			List<String> names = new ArrayList<>();
			for (String column : header.split(",")) {
				names.add(column.strip());
			}
			this.columns = List.copyOf(names);
		}

		/** The bundled settings file this layout is read by. */
		LinkageSettingsFile settings() {
			return this == FEBRL ? Bundled.FEBRL : Bundled.SPLINK;
		}

		static Format recognise(List<String> header) {
			Set<String> given = new HashSet<>();
			for (String column : header) {
				given.add(column.strip().toLowerCase(Locale.ROOT));
			}
			for (Format format : values()) {
				if (given.equals(new HashSet<>(format.columns)) && header.size() == format.columns.size()) {
					return format;
				}
			}
			return null;
		}
	}

	/** The bundled settings, read once. */
	private static final class Bundled {

		static final LinkageSettingsFile FEBRL = LinkageSettingsFile.febrl();

		static final LinkageSettingsFile SPLINK = LinkageSettingsFile.splinkFake1000();
	}

	/**
	 * The readable records of a file, each with its truth label (null when it has none), and the
	 * layout they were read by (a recognised format, or a settings file).
	 */
	record Loaded(Path path, String layout, List<PersonRecord> records, List<String> truth, int skippedRows) {
	}

	/** The file's header is not one this reader knows. */
	static final class UnrecognisedHeader extends RuntimeException {

		private static final long serialVersionUID = 1L;

		UnrecognisedHeader(Path path, List<String> found) {
			super(path + ": unrecognised header " + (found == null ? "(empty file)" : String.join(",", found))
					+ System.lineSeparator() + "expected one of:" + System.lineSeparator() + expectedHeaders());
		}
	}

	static String expectedHeaders() {
		StringBuilder out = new StringBuilder();
		for (Format format : Format.values()) {
			out.append("  ").append(format.name()).append(": ").append(format.header).append(System.lineSeparator());
		}
		return out.toString().stripTrailing();
	}

	private PersonCsv() {
	}

	static Loaded read(Path path, Consumer<String> problems) throws IOException {
		return read(path, problems, problems);
	}

	/**
	 * Reads the file, telling {@code problems} of every row skipped and {@code warnings} of rows kept
	 * with a value taken as missing. The layout is recognised by the header and read through its
	 * bundled settings file.
	 */
	static Loaded read(Path path, Consumer<String> problems, Consumer<String> warnings) throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			CsvLines csv = new CsvLines(reader);
			List<String> header = header(csv);
			Format format = header == null ? null : Format.recognise(header);
			if (format == null) {
				throw new UnrecognisedHeader(path, header);
			}
			return read(path, csv, header, format.settings(), format.name() + " format", problems, warnings);
		}
	}

	/**
	 * Reads the file by the columns a settings file names, with the same checks as the recognised
	 * formats: a row that cannot be read is reported and skipped, an unreadable date is taken as
	 * missing with a warning. A column the settings name and the file lacks is refused, naming the
	 * columns the file has.
	 */
	static Loaded read(Path path, LinkageSettingsFile settings, Consumer<String> problems, Consumer<String> warnings)
			throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			CsvLines csv = new CsvLines(reader);
			List<String> header = header(csv);
			if (header == null) {
				throw new IllegalArgumentException(path + ": the file is empty; settings file " + settings.source()
						+ " expects a header naming the columns");
			}
			return read(path, csv, header, settings, "settings " + settings.source(), problems, warnings);
		}
	}

	private static List<String> header(CsvLines csv) throws IOException {
		List<String> header = csv.next();
		if (header != null && !header.isEmpty()) {
			header.set(0, header.get(0).replace("\uFEFF", ""));
		}
		return header;
	}

	private static Loaded read(Path path, CsvLines csv, List<String> header, LinkageSettingsFile settings,
			String layout, Consumer<String> problems, Consumer<String> warnings) throws IOException {
		Map<String, Integer> column = settings.locate(header, path);
		Map<LinkageSettingsFile.Kind, String> kinds = settings.columns();
		List<PersonRecord> records = new ArrayList<>();
		List<String> truth = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		int skipped = 0;
		String name = path.getFileName().toString();
		for (List<String> row = csv.next(); row != null; row = csv.next()) {
			if (row.size() == 1 && row.get(0).isEmpty() && csv.problem() == null) {
				continue; // a blank line holds no record
			}
			String problem = csv.problem();
			if (problem == null && row.size() != header.size()) {
				problem = "expected " + header.size() + " fields but found " + row.size();
			}
			String id = problem == null ? row.get(column.get(settings.idColumn())) : null;
			if (problem == null && (id == null || id.isBlank())) {
				problem = "the record id is empty";
			}
			if (problem == null && !ids.add(id)) {
				problem = "record id " + id + " appears again";
			}
			if (problem != null) {
				problems.accept(name + " line " + csv.startLine() + ": " + problem + "; row skipped");
				skipped++;
				continue;
			}
			Row values = new Row(row, column);
			Function<LinkageSettingsFile.Kind, String> value = kind -> kinds.containsKey(kind) ? values.get(kinds.get(kind))
					: null;
			String dateText = value.apply(Kind.DATE);
			PartialDate dob = PartialDate.parse(dateText).orElse(PartialDate.UNKNOWN);
			if (dob.isUnknown() && dateText != null && !dateText.isBlank()) {
				warnings.accept(name + " line " + csv.startLine() + ": date of birth '" + dateText
						+ "' not understood; taken as missing");
			}
			FullName fullName = kinds.containsKey(Kind.NAME) ? FullName.split(value.apply(Kind.NAME))
					: new FullName(value.apply(Kind.GIVEN_NAME), value.apply(Kind.SURNAME));
			records.add(new PersonRecord(id, fullName.givenName(), fullName.surname(), dob,
					new Address(value.apply(Kind.HOUSE_NUMBER), value.apply(Kind.STREET), value.apply(Kind.PREMISES),
							value.apply(Kind.LOCALITY), value.apply(Kind.POSTCODE)),
					value.apply(Kind.EMAIL), value.apply(Kind.IDENTIFIER), value.apply(Kind.SEX),
					value.apply(Kind.FREE_TEXT), value.apply(Kind.EXACT)));
			truth.add(settings.label().map(l -> l.of(values.get(l.column()))).orElse(null));
		}
		return new Loaded(path, layout, records, truth, skipped);
	}

	/** A row's fields by column name. */
	private record Row(List<String> fields, Map<String, Integer> columns) {

		String get(String column) {
			String value = fields.get(columns.get(column));
			return value.isEmpty() ? null : value;
		}
	}

	/** A pair judged by a person: the same person or not. */
	record LabelledPair(String leftId, String rightId, boolean samePerson) {
	}

	static final String LABELS_HEADER = "unique_id_l,source_dataset_l,unique_id_r,source_dataset_r,clerical_match_score";

	/** Reads a file of judged pairs (Splink's labels format); a score of 0.5 or more is the same person. */
	static List<LabelledPair> readLabels(Path path, Consumer<String> problems) throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			CsvLines csv = new CsvLines(reader);
			List<String> header = csv.next();
			List<String> expected = List.of(LABELS_HEADER.split(","));
			if (header == null || !header.stream().map(h -> h.replace("\uFEFF", "").strip()).toList().equals(expected)) {
				throw new IllegalArgumentException(path + ": unrecognised labels header "
						+ (header == null ? "(empty file)" : String.join(",", header)) + "; expected " + LABELS_HEADER);
			}
			List<LabelledPair> pairs = new ArrayList<>();
			String name = path.getFileName().toString();
			for (List<String> row = csv.next(); row != null; row = csv.next()) {
				if (row.size() == 1 && row.get(0).isEmpty()) {
					continue;
				}
				String problem = csv.problem();
				if (problem == null && row.size() != expected.size()) {
					problem = "expected " + expected.size() + " fields but found " + row.size();
				}
				Double score = null;
				if (problem == null) {
					try {
						score = Double.valueOf(row.get(4));
					}
					catch (NumberFormatException e) {
						problem = "clerical_match_score '" + row.get(4) + "' is not a number";
					}
				}
				if (problem != null) {
					problems.accept(name + " line " + csv.startLine() + ": " + problem + "; row skipped");
					continue;
				}
				pairs.add(new LabelledPair(row.get(0), row.get(2), score >= 0.5));
			}
			return pairs;
		}
	}
}
