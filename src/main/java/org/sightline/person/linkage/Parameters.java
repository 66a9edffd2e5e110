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
	 * u of the surname among pairs at the same address, where families share surnames: a shared
	 * surname says less there than between strangers. Same as u's surname row unless fitted.
	 */
	final double[] surnameUAtSameAddress;

	Parameters(double lambda, double[][] m, double[][] u) {
		this(lambda, m, u, u[Field.FAMILY_NAME.ordinal()]);
	}

	Parameters(double lambda, double[][] m, double[][] u, double[] surnameUAtSameAddress) {
		this.lambda = lambda;
		this.m = m;
		this.u = u;
		this.surnameUAtSameAddress = surnameUAtSameAddress;
	}

	static final int SAME_ADDRESS = Field.ADDRESS.index(Level.SAME_ADDRESS);

	/** The evidence in bits of a whole comparison pattern, before term-frequency adjustments. */
	double bits(int pattern) {
		double bits = 0;
		for (Field field : Field.ALL) {
			bits += bits(field, field.levelIn(pattern), Field.ADDRESS.levelIn(pattern) == SAME_ADDRESS);
		}
		return bits;
	}

	/** log2(m/u) of a field's level, for a pair that does or does not share an address. */
	double bits(Field field, int level, boolean sameAddress) {
		if (level == 0) {
			return 0;
		}
		int f = field.ordinal();
		double unmatched = field == Field.FAMILY_NAME && sameAddress ? surnameUAtSameAddress[level] : u[f][level];
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
