package org.sightline.person.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fitted Fellegi–Sunter model: the m and u probabilities of every field and level, the prior
 * odds of a match, and how common each name is. It scores a pair of records as a match weight,
 * the sum of the prior weight and each field's log2(m/u), with agreement on names, postcodes,
 * localities, free text and exact values adjusted for how common the shared value is
 * ({@link FrequencyAdjustment}), and explains that score field by field.
 */
public final class LinkageModel {

	private final Parameters parameters;

	private final double priorWeight;

	private final LinkageSettings settings;

	private final Nicknames nicknames;

	private final FieldFrequencies frequencies;

	/** bits[field][level]: log2(m/u). */
	private final double[][] bits;

	/** What to add to a surname level's bits, by the pair's address level: [address][surname]. */
	private final double[][] surnameShift;

	/** With {@link FieldFrequencies#NONE} (as search uses), agreements on common values count as learnt. */
	LinkageModel(Parameters parameters, double priorWeight, LinkageSettings settings, Nicknames nicknames,
			FieldFrequencies frequencies) {
		this.parameters = parameters;
		this.priorWeight = priorWeight;
		this.settings = settings;
		this.nicknames = nicknames;
		this.frequencies = frequencies;
		this.bits = new double[Field.ALL.length][];
		for (Field field : Field.ALL) {
			double[] levels = new double[field.levels.length];
			for (int l = 0; l < levels.length; l++) {
				levels[l] = parameters.bits(field, l, 0);
			}
			bits[field.ordinal()] = levels;
		}
		surnameShift = new double[Field.ADDRESS.levels.length][Field.FAMILY_NAME.levels.length];
		for (int a = 0; a < surnameShift.length; a++) {
			for (int l = 0; l < surnameShift[a].length; l++) {
				surnameShift[a][l] = parameters.bits(Field.FAMILY_NAME, l, a) - parameters.bits(Field.FAMILY_NAME, l, 0);
			}
		}
	}

	/** How two records compare, field by field, and what the model makes of them. */
	public MatchExplanation explain(PersonRecord a, PersonRecord b) {
		RecordTable table = RecordTable.of(List.of(a, b), i -> i, nicknames);
		return explain(table, new PairComparer(table), 0, 1);
	}

	/**
	 * How one record compares with each of several, in their order: the same as calling
	 * {@link #explain(PersonRecord, PersonRecord)} for each, but normalising every record once and
	 * sharing one comparer, as a search ranking a few hundred candidates needs.
	 */
	public List<MatchExplanation> explainAll(PersonRecord one, List<PersonRecord> others) {
		List<PersonRecord> records = new ArrayList<>(others.size() + 1);
		records.add(one);
		records.addAll(others);
		RecordTable table = RecordTable.of(records, i -> i == 0 ? 0 : 1, nicknames);
		PairComparer comparer = new PairComparer(table);
		List<MatchExplanation> out = new ArrayList<>(others.size());
		for (int i = 1; i < records.size(); i++) {
			out.add(explain(table, comparer, 0, i));
		}
		return out;
	}

	/**
	 * How records a and b of a table compare, with a comparer over that table: the one path every
	 * explanation takes (search, and the review file of a linkage run), so they all read alike.
	 */
	MatchExplanation explain(RecordTable table, PairComparer comparer, int a, int b) {
		List<FieldEvidence> evidence = new ArrayList<>();
		double weight = priorWeight;
		List<PairComparer.FieldComparison> comparisons = comparer.describe(a, b);
		int address = comparisons.stream().filter(c -> c.field() == Field.ADDRESS)
				.mapToInt(c -> Field.ADDRESS.index(c.level())).findFirst().orElse(0);
		for (PairComparer.FieldComparison c : comparisons) {
			int level = c.field().index(c.level());
			double fieldBits = bits[c.field().ordinal()][level];
			String reason = c.reason();
			if (c.field() == Field.FAMILY_NAME && level != 0 && surnameShift[address][level] != 0) {
				fieldBits += surnameShift[address][level];
				reason += "; at the same address or street, where families share a surname";
			}
			FrequencyAdjustment adjustable = FrequencyAdjustment.of(c.field(), c.level());
			String shared = adjustable == null ? null : adjustable.sharedValue(table, a, b);
			TermFrequencies tf = adjustable == null ? null : frequencies.of(adjustable);
			if (shared != null && tf != null) {
				double frequency = tf.frequency(shared);
				double adjustment = tf.adjustment(frequency);
				fieldBits += adjustment;
				reason += String.format(Locale.ROOT, "; %.2f%% of records have %s, so it counts for %s", 100 * frequency,
						shared, adjustment >= 0 ? "more than most" : "less than most");
			}
			weight += fieldBits;
			evidence.add(new FieldEvidence(c.field().label, c.level().label, reason, fieldBits));
		}
		double probability = probability(weight);
		return new MatchExplanation(priorWeight, weight, probability, MatchDecision.of(probability, settings), evidence);
	}

	/** Log2 of the prior odds that two records compared are the same person. */
	public double priorWeight() {
		return priorWeight;
	}

	public LinkageSettings settings() {
		return settings;
	}

	/** The probability that matches to a match weight in bits. */
	public static double probability(double matchWeight) {
		return 1 / (1 + Math.pow(2, -matchWeight));
	}

	/** The match weight of a probability: log2(p / (1 - p)). */
	public static double weightOf(double probability) {
		return TermFrequencies.log2(probability / (1 - probability));
	}

	/** The fitted m and u of every field and level, one line each, for a report. */
	public List<String> describeParameters() {
		List<String> lines = new ArrayList<>();
		lines.add(String.format(Locale.ROOT, "prior weight %+.2f bits (prior probability of a match %.4g)", priorWeight,
				parameters.lambda));
		for (Field field : Field.ALL) {
			for (int l = 1; l < field.levels.length; l++) {
				lines.add(String.format(Locale.ROOT, "%-14s %-32s m=%.4f u=%.6f weight %+.2f", field.label,
						field.levels[l].label, parameters.m[field.ordinal()][l], parameters.u[field.ordinal()][l],
						bits[field.ordinal()][l]));
			}
		}
		for (Level place : List.of(Level.SAME_ADDRESS, Level.SAME_STREET)) {
			int a = Field.ADDRESS.index(place);
			for (int l = 1; l < Field.FAMILY_NAME.levels.length; l++) {
				lines.add(String.format(Locale.ROOT, "%-14s %-32s u=%.6f weight %+.2f", "surname",
						Field.FAMILY_NAME.levels[l].label + " (" + place.label + ")", parameters.surnameUByAddress[a][l],
						surnameBits(l, a)));
			}
		}
		return lines;
	}

	/**
	 * The field and level of a comparison pattern that weighs most against a match, in words
	 * ("date of birth: different"), for saying why two records were kept apart.
	 */
	String strongestAgainst(int pattern) {
		Field worst = Field.ALL[0];
		double least = Double.POSITIVE_INFINITY;
		for (Field field : Field.ALL) {
			double fieldBits = bits[field.ordinal()][field.levelIn(pattern)];
			if (fieldBits < least) {
				least = fieldBits;
				worst = field;
			}
		}
		return worst.label + ": " + worst.levels[worst.levelIn(pattern)].label;
	}

	/** The same fitted model deciding by other settings (a link threshold chosen after scoring). */
	LinkageModel withSettings(LinkageSettings other) {
		return new LinkageModel(parameters, priorWeight, other, nicknames, frequencies);
	}

	/** One field's level as the model fitted it: m, u and the weight log2(m/u) in bits. */
	record ParameterRow(String field, String level, double m, double u, double bits) {
	}

	/**
	 * The fitted m and u of every field and level, and of the surname at the same address or
	 * street, in the order {@link #describeParameters()} prints them: the rows a report tabulates.
	 */
	List<ParameterRow> parameterRows() {
		List<ParameterRow> rows = new ArrayList<>();
		for (Field field : Field.ALL) {
			for (int l = 1; l < field.levels.length; l++) {
				rows.add(new ParameterRow(field.label, field.levels[l].label, parameters.m[field.ordinal()][l],
						parameters.u[field.ordinal()][l], bits[field.ordinal()][l]));
			}
		}
		for (Level place : List.of(Level.SAME_ADDRESS, Level.SAME_STREET)) {
			int a = Field.ADDRESS.index(place);
			for (int l = 1; l < Field.FAMILY_NAME.levels.length; l++) {
				rows.add(new ParameterRow(Field.FAMILY_NAME.label,
						Field.FAMILY_NAME.levels[l].label + " (" + place.label + ")",
						parameters.m[Field.FAMILY_NAME.ordinal()][l], parameters.surnameUByAddress[a][l], surnameBits(l, a)));
			}
		}
		return rows;
	}

	/** The prior probability of a match among the pairs the model was fitted on. */
	double priorProbability() {
		return parameters.lambda;
	}

	Parameters parameters() {
		return parameters;
	}

	double bits(Field field, int level) {
		return bits[field.ordinal()][level];
	}

	/** The bits of a surname level for a pair at the given address level. */
	double surnameBits(int level, int addressLevel) {
		return bits[Field.FAMILY_NAME.ordinal()][level] + surnameShift[addressLevel][level];
	}

	/**
	 * Match weights for all pairs of the table this model was fitted on, computed in parallel
	 * ranges. Term-frequency adjustments are looked up per record, once.
	 */
	float[] weights(RecordTable t, PairBuffer pairs) {
		// only the adjustments a column has values for, each as one float per record
		List<FrequencyAdjustment> used = new ArrayList<>();
		for (FrequencyAdjustment adjustment : FrequencyAdjustment.ALL) {
			if (frequencies.of(adjustment) != null && adjustment.vocabulary(t).size() > 0) {
				used.add(adjustment);
			}
		}
		int n = used.size();
		float[][] perRecord = new float[n][];
		int[][] columns = new int[n][];
		int[] shifts = new int[n];
		int[] levels = new int[n];
		boolean[] sameValue = new boolean[n];
		for (int k = 0; k < n; k++) {
			FrequencyAdjustment adjustment = used.get(k);
			columns[k] = adjustment.column(t);
			perRecord[k] = adjustments(t, columns[k], frequencies.of(adjustment));
			shifts[k] = adjustment.field.shift();
			levels[k] = adjustment.field.index(adjustment.level);
			sameValue[k] = adjustment.needsSameValue();
		}
		float[] out = new float[pairs.size];
		java.util.stream.IntStream.range(0, settings.threads()).parallel().forEach(part -> {
			int from = (int) ((long) pairs.size * part / settings.threads());
			int to = (int) ((long) pairs.size * (part + 1) / settings.threads());
			for (int p = from; p < to; p++) {
				int pattern = pairs.pattern[p];
				int a = pairs.left[p];
				double w = priorWeight;
				for (int f = 0; f < bits.length; f++) {
					w += bits[f][(pattern >>> (f * Field.BITS)) & Field.MASK];
				}
				for (int k = 0; k < n; k++) {
					if (((pattern >>> shifts[k]) & Field.MASK) == levels[k]
							&& (!sameValue[k] || columns[k][a] == columns[k][pairs.right[p]])) {
						w += perRecord[k][a];
					}
				}
				w += surnameShift[Field.ADDRESS.levelIn(pattern)][Field.FAMILY_NAME.levelIn(pattern)];
				out[p] = (float) w;
			}
		});
		return out;
	}

	private static float[] adjustments(RecordTable t, int[] column, TermFrequencies tf) {
		float[] out = new float[t.size];
		for (int i = 0; i < t.size; i++) {
			out[i] = column[i] == Vocabulary.NONE ? 0 : (float) tf.adjustment(tf.frequency(column[i]));
		}
		return out;
	}
}
