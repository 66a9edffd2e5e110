package org.sightline.person.linkage;

import java.util.Set;

/**
 * The linkage model as a person search uses it: one typed-in query against each candidate the
 * index retrieved. There is no batch to learn m and u from at the point of call, so it uses the
 * model's starting values (each level's initial m against its default u for a population of
 * strangers) and no term-frequency adjustment. That is enough to rank candidates, and the
 * evidence reads exactly as it does in a linkage run.
 */
public final class SearchModel {

	private static final SearchModel STANDARD = new SearchModel();

	private final Nicknames nicknames;

	private final LinkageModel model;

	private SearchModel() {
		this.nicknames = Nicknames.standard();
		this.model = new LinkageModel(new Parameters(0, Parameters.initialM(), defaultU()), 0,
				LinkageSettings.defaults(), nicknames, FieldFrequencies.NONE);
	}

	/** The shared instance: it holds only immutable tables and is safe to use from any thread. */
	public static SearchModel standard() {
		return STANDARD;
	}

	/** Per field and level, how the candidate compares with the query and the match weight in bits. */
	public MatchExplanation explain(PersonRecord query, PersonRecord candidate) {
		return model.explain(query, candidate);
	}

	/** {@link #explain} for each candidate, in their order, normalising each record once. */
	public java.util.List<MatchExplanation> explainAll(PersonRecord query, java.util.List<PersonRecord> candidates) {
		return model.explainAll(query, candidates);
	}

	/** A name as linkage compares it: lower case, no accents, letters and single spaces only. */
	public static String normaliseName(String name) {
		return Text.name(name);
	}

	/** The given name and the names it may be recorded under (Bob: bob, bobby, rob, robert …). */
	public Set<String> givenNameVariants(String givenName) {
		return nicknames.variantsOf(Text.name(givenName));
	}

	/** Each level's default u; the last level of a field ("different") takes what the others leave. */
	private static double[][] defaultU() {
		double[][] u = new double[Field.ALL.length][];
		for (Field field : Field.ALL) {
			double[] levels = new double[field.levels.length];
			double sum = 0;
			for (int l = 1; l < levels.length - 1; l++) {
				levels[l] = field.defaultU(l);
				sum += levels[l];
			}
			levels[levels.length - 1] = 1 - sum;
			u[field.ordinal()] = levels;
		}
		return u;
	}

}
