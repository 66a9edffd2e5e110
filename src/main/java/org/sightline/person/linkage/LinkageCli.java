package org.sightline.person.linkage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Batch person linkage over CSV files, without starting the application:
 *
 * <pre>
 * link     --input FILE [--input FILE2] --output clusters.csv [--review pairs.csv] [--report report.html] [options]
 * evaluate --input FILE [--input FILE2] [--labels LABELS] [--report report.html] [options]
 * </pre>
 *
 * Without {@code --settings}, a file must be one of the layouts {@link PersonCsv} recognises by
 * header; with it, any CSV is read by the columns the settings file names ({@link LinkageSettingsFile}).
 *
 * One input is deduplicated; with two, only links between them are made. Exit codes: 0 done,
 * 1 a file could not be read or written, 2 the command line or a file's header is wrong.
 */
public final class LinkageCli {

	static final int OK = 0;

	static final int FAILED = 1;

	static final int USAGE = 2;

	static final String USAGE_TEXT = """
			usage:
			  link     --input FILE [--input FILE2] --output CLUSTERS.csv [--review PAIRS.csv] [--report REPORT.html] [options]
			  evaluate --input FILE [--input FILE2] [--labels LABELS.csv] [--report REPORT.html] [options]
			One input: find the records in it that are the same person. Two inputs: link records of the
			first to records of the second. link writes record_id,cluster_id for every record (and a source
			column with two inputs); evaluate prints precision, recall and F1 against the truth in the files.
			Without --settings an input must be FEBRL or Splink fake_1000, recognised by its header.
			options:
			  --settings FILE    a YAML file naming the id column, each column to compare and how (given name,
			                     surname, date, house number, street, premises, locality, postcode, email,
			                     identifier, sex, free text, exact, or name for a whole name), optionally a
			                     label column, the blocking rules and a nickname file; see the README.
			                     The two layouts above are bundled as settings to copy from, in the jar at
			                     person/linkage/settings/febrl.yaml and splink-fake-1000.yaml
			  --link-above P     match probability at or above which records are linked (default 0.95)
			  --target-precision P   instead of --link-above, let the model choose the link threshold: the
			                     lowest match weight at which it expects this precision among the pairs linked
			  --review-above P   match probability at or above which a pair is offered for review (default 0.5)
			  --keep-apart-below P  match probability at or below which a compared pair keeps its records in
			                     different clusters however links would chain them (default 0.05, or half
			                     --review-above when that is lower; 0 to let links chain)
			  --u-from random|candidates   count u on random pairs and fit m rule by rule (default), or
			                     fit m and u together by EM on all the candidate pairs
			  --max-block N      largest block a blocking rule may make (default 500)
			  --threads N        threads comparing pairs (default: the processors available)
			  --nicknames FILE   add the nickname groups in FILE (one group a line, as the bundled table) to the
			                     bundled table; may be given more than once
			  --parameters       also print the fitted m and u of every field
			  --report FILE      also write an HTML report: the m and u of every field, a histogram of the
			                     match weights, the thresholds and what the model expects of them
			--review writes each pair between the two thresholds with its explanation: prior_bits, then each
			field's level and bits, total_bits (the match weight) and the reasons in words.""";

	private LinkageCli() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			err.println(USAGE_TEXT);
			return USAGE;
		}
		long started = System.nanoTime();
		Consumer<String> progress = message -> err.printf(Locale.ROOT, "[%6.1f s] %s%n",
				(System.nanoTime() - started) / 1e9, message);
		try {
			LinkageSettingsFile layout = options.settingsFile == null ? null : LinkageSettingsFile.read(options.settingsFile);
			List<PersonCsv.Loaded> inputs = new ArrayList<>();
			for (Path input : options.inputs) {
				WarningsShown warnings = new WarningsShown(err, 20);
				PersonCsv.Loaded loaded = layout == null ? PersonCsv.read(input, err::println, warnings)
						: PersonCsv.read(input, layout, err::println, warnings);
				progress.accept(String.format("read %,d records from %s (%s)%s", loaded.records().size(), input,
						loaded.layout(), loaded.skippedRows() == 0 ? ""
								: String.format("; %,d malformed rows skipped", loaded.skippedRows())));
				inputs.add(loaded);
			}
			List<Path> nicknameFiles = new ArrayList<>(options.nicknames);
			if (layout != null) {
				layout.nicknames().ifPresent(nicknameFiles::add);
			}
			Linker linker = new Linker(options.settings, layout == null ? BlockingRule.STANDARD : layout.blocking(),
					Nicknames.standardWith(nicknameFiles));
			LinkageResult result = inputs.size() == 1 ? linker.deduplicate(inputs.get(0).records(), progress)
					: linker.link(inputs.get(0).records(), inputs.get(1).records(), progress);
			if (options.command.equals("link")) {
				writeClusters(options.output, result, inputs);
				progress.accept(String.format("wrote %,d records in %,d clusters to %s", result.records(),
						result.clusterCount(), options.output));
				result.clusteringSummary().forEach(progress);
				if (options.review != null) {
					writeReview(options.review, result, inputs);
					progress.accept(String.format("wrote %,d pairs for review to %s", result.reviewPairs().size(),
							options.review));
				}
				printExpected(out, result);
				writeReport(options, inputs, result, progress);
				if (options.printParameters) {
					result.model().describeParameters().forEach(out::println);
				}
				return OK;
			}
			writeReport(options, inputs, result, progress);
			return evaluate(options, inputs, result, out, err);
		}
		catch (PersonCsv.UnrecognisedHeader e) {
			err.println(e.getMessage());
			return USAGE;
		}
		catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return USAGE;
		}
		catch (IOException e) {
			err.println("could not read or write a file: " + e);
			return FAILED;
		}
	}

	private static int evaluate(Options options, List<PersonCsv.Loaded> inputs, LinkageResult result, PrintStream out,
			PrintStream err) throws IOException {
		boolean cross = inputs.size() == 2;
		List<String> truthLabels = new ArrayList<>();
		boolean anyTruth = false;
		for (PersonCsv.Loaded input : inputs) {
			truthLabels.addAll(input.truth());
			anyTruth |= input.truth().stream().anyMatch(label -> label != null);
		}
		if (!anyTruth && options.labels == null) {
			err.println("no truth to evaluate against: the input has no labels (FEBRL rec-N ids, a cluster column or "
					+ "the label column of --settings) "
					+ "and no --labels file was given");
			return USAGE;
		}
		int[] truth = Evaluation.truthIds(truthLabels);
		double seconds = result.elapsed().toNanos() / 1e9;
		out.printf(Locale.ROOT, "input:             %s%n", String.join(" + ",
				inputs.stream().map(i -> i.path().getFileName() + " (" + i.records().size() + " records)").toList()));
		out.printf(Locale.ROOT, "mode:              %s%n", cross ? "linkage between two inputs" : "deduplication");
		out.printf(Locale.ROOT, "thresholds:        link at p >= %s, review at p >= %s%n",
				probability(result.model().settings().linkAbove()), probability(result.model().settings().reviewAbove()));
		printExpected(out, result);
		out.printf(Locale.ROOT, "pairs compared:    %,d%n", result.pairsCompared());
		if (anyTruth) {
			Evaluation.Scores clusters = Evaluation.clusters(result, truth, cross);
			Evaluation.Scores links = Evaluation.links(result, truth, cross);
			out.printf(Locale.ROOT, "true pairs:        %,d (blocking kept %.1f%% of them as candidates)%n",
					clusters.truePositives() + clusters.falseNegatives(),
					100 * Evaluation.blockingRecall(result, truth, cross));
			print(out, "clusters", clusters);
			print(out, "links", links);
			result.clusteringSummary().forEach(out::println);
		}
		if (options.labels != null) {
			List<PersonCsv.LabelledPair> labels = PersonCsv.readLabels(options.labels, err::println);
			int[] unknown = new int[1];
			Evaluation.Scores judged = Evaluation.labelled(result, labels, cross, unknown);
			out.printf(Locale.ROOT, "labelled pairs:    %,d from %s%s%n", labels.size(), options.labels.getFileName(),
					unknown[0] == 0 ? "" : String.format(" (%,d naming records not in the input, left out)", unknown[0]));
			print(out, "labelled", judged);
		}
		out.printf(Locale.ROOT, "records per second: %,.0f (%,d records linked in %.2f s)%n",
				result.records() / Math.max(seconds, 1e-9), result.records(), seconds);
		if (options.printParameters) {
			result.model().describeParameters().forEach(out::println);
			result.blockingSummary().forEach(out::println);
		}
		return OK;
	}

	/**
	 * The link threshold in use and what the model expects of it, in words: a data team reads
	 * these without labels, and {@code evaluate} shows them beside the measured figures.
	 */
	private static void printExpected(PrintStream out, LinkageResult result) {
		LinkageSettings used = result.model().settings();
		double weight = LinkageModel.weightOf(used.linkAbove());
		Calibration.Expected expected = Calibration.of(result).at(weight);
		if (used.targetPrecision().isPresent()) {
			out.printf(Locale.ROOT, "link threshold:    %.2f bits (match probability %.6f), chosen by the model for an "
					+ "expected precision of at least %s%n", weight, used.linkAbove(), used.targetPrecision().getAsDouble());
		}
		out.printf(Locale.ROOT, "expected precision: %.4f (the model's estimate of the share of the %,d pairs linked "
				+ "that are the same person)%n", expected.precision(), expected.pairs());
		out.printf(Locale.ROOT, "expected recall:    %.4f (the model's estimate of the share of the matches among "
				+ "the pairs compared that are linked)%n", expected.recall());
	}

	/** A probability as a person would write it: 0.95, or 0.0000111048 for one the model chose. */
	private static String probability(double p) {
		return new java.math.BigDecimal(p).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
	}

	private static void writeReport(Options options, List<PersonCsv.Loaded> inputs, LinkageResult result,
			Consumer<String> progress) throws IOException {
		if (options.report == null) {
			return;
		}
		List<LinkageReport.Input> described = inputs.stream()
				.map(i -> new LinkageReport.Input(i.path().toString(), i.records().size())).toList();
		LinkageReport.write(options.report, described, result);
		progress.accept("wrote the report to " + options.report);
	}

	private static void print(PrintStream out, String what, Evaluation.Scores s) {
		out.printf(Locale.ROOT, "%-18s precision %.4f  recall %.4f  F1 %.4f  (TP %,d  FP %,d  FN %,d)%n", what + ":",
				s.precision(), s.recall(), s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives());
	}

	private static void writeClusters(Path output, LinkageResult result, List<PersonCsv.Loaded> inputs)
			throws IOException {
		boolean withSource = inputs.size() == 2;
		int leftSize = inputs.get(0).records().size();
		try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
			w.write(withSource ? "record_id,cluster_id,source" : "record_id,cluster_id");
			w.newLine();
			for (int i = 0; i < result.records(); i++) {
				w.write(csv(result.recordId(i)));
				w.write(',');
				w.write(Integer.toString(result.clusterOf(i)));
				if (withSource) {
					w.write(',');
					w.write(csv(inputs.get(i < leftSize ? 0 : 1).path().getFileName().toString()));
				}
				w.newLine();
			}
		}
	}

	private static void writeReview(Path output, LinkageResult result, List<PersonCsv.Loaded> inputs)
			throws IOException {
		PairComparer comparer = new PairComparer(result.table());
		try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
			w.write(REVIEW_HEADER);
			w.newLine();
			for (LinkageResult.ReviewPair pair : result.reviewPairs()) {
				MatchExplanation why = result.model().explain(result.table(), comparer, pair.left(), pair.right());
				List<String> cells = new ArrayList<>();
				cells.add(pair.leftId());
				cells.add(pair.rightId());
				cells.add(number(pair.matchWeight(), 3));
				cells.add(number(pair.matchProbability(), 5));
				cells.add(number(why.priorWeight(), 3));
				List<String> reasons = new ArrayList<>();
				for (FieldEvidence e : why.evidence()) {
					cells.add(e.level());
					cells.add(number(e.weight(), 3));
					reasons.add(e.field() + ": " + e.reason());
				}
				cells.add(number(why.matchWeight(), 3));
				cells.add(String.join("; ", reasons));
				w.write(String.join(",", cells.stream().map(LinkageCli::csv).toList()));
				w.newLine();
			}
		}
	}

	/**
	 * The review file's columns: the pair, its weight and probability, then the waterfall that adds
	 * up to the weight (prior, each field's level and bits, total) and the reasons in words, so that
	 * a reviewer sees why without running anything.
	 */
	static final String REVIEW_HEADER = reviewHeader();

	private static String reviewHeader() {
		List<String> columns = new ArrayList<>(List.of("record_id_l", "record_id_r", "match_weight",
				"match_probability", "prior_bits"));
		for (Field field : Field.ALL) {
			String name = field.label.replaceAll("[^A-Za-z0-9]+", "_").toLowerCase(Locale.ROOT);
			columns.add(name + "_level");
			columns.add(name + "_bits");
		}
		columns.add("total_bits");
		columns.add("explanation");
		return String.join(",", columns);
	}

	private static String number(double value, int decimals) {
		return String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	/** A cell safe in a spreadsheet: quoted when needed, and a would-be formula (=, +, -, @) made text. */
	static String csv(String value) {
		return org.sightline.shared.CsvCells.cell(value);
	}

	/** Prints the first few warnings about rows that were kept, then only counts them. */
	private static final class WarningsShown implements Consumer<String> {

		private final PrintStream err;

		private final int limit;

		private int count;

		WarningsShown(PrintStream err, int limit) {
			this.err = err;
			this.limit = limit;
		}

		@Override
		public void accept(String warning) {
			count++;
			if (count <= limit) {
				err.println(warning);
			}
			else if (count == limit + 1) {
				err.println("(further warnings about rows that were kept are not shown)");
			}
		}
	}

	/** The parsed command line. */
	private static final class Options {

		String command;

		final List<Path> inputs = new ArrayList<>();

		Path output;

		Path review;

		Path labels;

		Path settingsFile;

		final List<Path> nicknames = new ArrayList<>();

		Path report;

		boolean printParameters;

		LinkageSettings settings = LinkageSettings.defaults();

		static Options parse(String[] args) {
			Options o = new Options();
			if (args.length == 0 || !(args[0].equals("link") || args[0].equals("evaluate"))) {
				throw new IllegalArgumentException("the first argument must be link or evaluate");
			}
			o.command = args[0];
			double link = o.settings.linkAbove();
			double review = o.settings.reviewAbove();
			Double keepApart = null;
			boolean linkGiven = false;
			Double target = null;
			for (int i = 1; i < args.length; i++) {
				String arg = args[i];
				if (arg.equals("--parameters")) {
					o.printParameters = true;
					continue;
				}
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException(arg + " needs a value");
				}
				String value = args[++i];
				switch (arg) {
				case "--input":
					o.inputs.add(Path.of(value));
					break;
				case "--output":
					o.output = Path.of(value);
					break;
				case "--review":
					o.review = Path.of(value);
					break;
				case "--settings":
					o.settingsFile = Path.of(value);
					break;
				case "--nicknames":
					o.nicknames.add(Path.of(value));
					break;
				case "--labels":
					o.labels = Path.of(value);
					break;
				case "--link-above":
					link = number(arg, value);
					linkGiven = true;
					break;
				case "--target-precision":
					target = number(arg, value);
					break;
				case "--report":
					o.report = Path.of(value);
					break;
				case "--review-above":
					review = number(arg, value);
					break;
				case "--keep-apart-below":
					keepApart = number(arg, value);
					break;
				case "--u-from":
					if (!value.equals("candidates") && !value.equals("random")) {
						throw new IllegalArgumentException("--u-from takes candidates or random, not " + value);
					}
					o.settings = o.settings.withUFrom(value.equals("random") ? LinkageSettings.UFrom.RANDOM_PAIRS
							: LinkageSettings.UFrom.CANDIDATE_PAIRS);
					break;
				case "--max-block":
					o.settings = o.settings.withMaxBlockSize((int) number(arg, value));
					break;
				case "--threads":
					o.settings = o.settings.withThreads((int) number(arg, value));
					break;
				default:
					throw new IllegalArgumentException("unknown option " + arg);
				}
			}
			o.settings = keepApart == null ? o.settings.withThresholds(link, review)
					: o.settings.withThresholds(link, review, keepApart);
			o.settings = withTargetPrecision(o.settings, target, linkGiven);
			if (o.inputs.isEmpty() || o.inputs.size() > 2) {
				throw new IllegalArgumentException("give one --input to deduplicate or two to link");
			}
			if (o.command.equals("link") && o.output == null) {
				throw new IllegalArgumentException("link needs --output");
			}
			if (o.command.equals("evaluate") && (o.output != null || o.review != null)) {
				throw new IllegalArgumentException("evaluate writes no files: drop --output and --review");
			}
			if (o.command.equals("link") && o.labels != null) {
				throw new IllegalArgumentException("--labels is for evaluate");
			}
			return o;
		}

		/** --target-precision chooses the link threshold, so it cannot be given one as well. */
		private static LinkageSettings withTargetPrecision(LinkageSettings settings, Double target, boolean linkGiven) {
			if (target == null) {
				return settings;
			}
			if (linkGiven) {
				throw new IllegalArgumentException(
						"give either --link-above or --target-precision, not both: the target precision chooses "
								+ "the link threshold");
			}
			if (!(target > 0 && target < 1)) {
				throw new IllegalArgumentException("--target-precision takes a number above 0 and below 1, not " + target);
			}
			return settings.withTargetPrecision(target);
		}

		private static double number(String option, String value) {
			try {
				return Double.parseDouble(value);
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException(option + " takes a number, not " + value);
			}
		}
	}
}
