package org.sightline.person.linkage;

/**
 * The Fellegi–Sunter parameters: for each field and level, m (the probability that a matching
 * pair shows that level) and u (the same for a non-matching pair), and λ, the proportion of
 * matches among the pairs the model was fitted on. The level MISSING is neutral: it carries no
 * evidence either way.
 */
final class Parameters {

	final double lambda;

	final double[][] m;

	final double[][] u;

	/**
	 * u of the surname for each address level: among pairs at the same address or on the same
	 * street, where families share surnames, a shared surname says less than between strangers.
	 * Rows not fitted are u's surname row.
	 */
	final double[][] surnameUByAddress;

	Parameters(double lambda, double[][] m, double[][] u) {
		this(lambda, m, u, surnameRows(u[Field.FAMILY_NAME.ordinal()]));
	}

	Parameters(double lambda, double[][] m, double[][] u, double[][] surnameUByAddress) {
		this.lambda = lambda;
		this.m = m;
		this.u = u;
		this.surnameUByAddress = surnameUByAddress;
	}

	/** One row per address level, each the given surname u. */
	static double[][] surnameRows(double[] surnameU) {
		double[][] rows = new double[Field.ADDRESS.levels.length][];
		for (int a = 0; a < rows.length; a++) {
			rows[a] = surnameU;
		}
		return rows;
	}

	/** The evidence in bits of a whole comparison pattern, before term-frequency adjustments. */
	double bits(int pattern) {
		double bits = 0;
		int address = Field.ADDRESS.levelIn(pattern);
		for (Field field : Field.ALL) {
			bits += bits(field, field.levelIn(pattern), address);
		}
		return bits;
	}

	/** log2(m/u) of a field's level, for a pair at the given address level. */
	double bits(Field field, int level, int addressLevel) {
		if (level == 0) {
			return 0;
		}
		int f = field.ordinal();
		double unmatched = field == Field.FAMILY_NAME ? surnameUByAddress[addressLevel][level] : u[f][level];
		return TermFrequencies.log2(m[f][level] / unmatched);
	}

	/** Starting m values that favour agreement, to be refined by expectation–maximisation. */
	static double[][] initialM() {
		double[][] m = new double[Field.ALL.length][];
		for (Field field : Field.ALL) {
			double[] levels = new double[field.levels.length];
			double sum = 0;
			for (int l = 1; l < levels.length; l++) {
				levels[l] = field.levels[l].initialM;
				sum += levels[l];
			}
			for (int l = 1; l < levels.length; l++) {
				levels[l] /= sum;
			}
			m[field.ordinal()] = levels;
		}
		return m;
	}

	static double[][] copy(double[][] values) {
		double[][] out = new double[values.length][];
		for (int i = 0; i < values.length; i++) {
			out[i] = values[i].clone();
		}
		return out;
	}
}
