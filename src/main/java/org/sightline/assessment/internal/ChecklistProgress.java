package org.sightline.assessment.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sightline.assessment.RiskTool;
import org.sightline.shared.Words;

/**
 * Where a checklist stands while it is being answered: how many "yes", the level the count alone
 * gives, and the high-risk factors answered "yes" (the red flags). Shown beside the questions and
 * kept up to date in the browser; the assessor's judgement may still raise the level.
 */
public record ChecklistProgress(int yes, int questions, String levelByCount, List<Integer> redFlags) {

	static ChecklistProgress of(RiskTool tool, Map<String, String> answers) {
		int yes = (int) tool.questions().stream().filter(q -> "YES".equals(answers.get(q.code()))).count();
		List<Integer> flags = tool.questions()
			.stream()
			.filter(q -> q.highRiskFactor() && "YES".equals(answers.get(q.code())))
			.map(RiskTool.Question::number)
			.toList();
		return new ChecklistProgress(yes, tool.questions().size(), levelByCount(tool, yes), flags);
	}

	/** The level whose score range holds the count, in words; empty when no range does. */
	static String levelByCount(RiskTool tool, int yes) {
		return tool.levels()
			.stream()
			.filter(l -> l.minimumScore().isPresent() && yes >= l.minimumScore().getAsInt()
					&& (l.maximumScore().isEmpty() || yes <= l.maximumScore().getAsInt()))
			.map(l -> Words.of(l.code()))
			.findFirst()
			.orElse("");
	}

	/** The score ranges for the browser, as {@code minimum:maximum:level;…} (maximum empty when open). */
	static String ranges(RiskTool tool) {
		return tool.levels()
			.stream()
			.filter(l -> l.minimumScore().isPresent())
			.map(l -> l.minimumScore().getAsInt() + ":"
					+ (l.maximumScore().isPresent() ? String.valueOf(l.maximumScore().getAsInt()) : "") + ":" + Words.of(l.code()))
			.collect(Collectors.joining(";"));
	}

	String levelText() {
		return levelByCount.isEmpty() ? "" : "By the count alone: " + levelByCount.toLowerCase(java.util.Locale.ROOT) + ".";
	}

	String redFlagText() {
		return redFlags.isEmpty() ? "High-risk factors answered yes: none"
				: "High-risk factors answered yes: question" + (redFlags.size() == 1 ? " " : "s ")
						+ redFlags.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}
}
