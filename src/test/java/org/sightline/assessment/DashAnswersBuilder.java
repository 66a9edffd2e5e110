package org.sightline.assessment;

import java.util.LinkedHashMap;
import java.util.Map;

/** A complete DASH checklist, all NO unless told otherwise. */
public final class DashAnswersBuilder {

	static final RiskTool DASH = RiskTools.bundled().require("DASH");

	private final Map<String, String> answers = new LinkedHashMap<>();

	private DashAnswersBuilder() {
		DASH.questions().forEach(q -> answers.put(q.code(), Answer.NO.name()));
	}

	public static DashAnswersBuilder allNo() {
		return new DashAnswersBuilder();
	}

	/** The first {@code count} questions answered yes, in the order of the form. */
	public static DashAnswersBuilder firstYes(int count) {
		DashAnswersBuilder builder = new DashAnswersBuilder();
		DASH.questions().stream().limit(count).forEach(q -> builder.answers.put(q.code(), Answer.YES.name()));
		return builder;
	}

	public DashAnswersBuilder yes(String... codes) {
		return answer(Answer.YES.name(), codes);
	}

	public DashAnswersBuilder notKnown(String... codes) {
		return answer(Answer.NOT_KNOWN.name(), codes);
	}

	public DashAnswersBuilder answer(String answer, String... codes) {
		for (String code : codes) {
			answers.put(code, answer);
		}
		return this;
	}

	public DashAnswersBuilder without(String... codes) {
		for (String code : codes) {
			answers.remove(code);
		}
		return this;
	}

	public Map<String, String> build() {
		return new LinkedHashMap<>(answers);
	}
}
