package org.sightline.person.linkage;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The report a data team expects of a linkage run, as one HTML file they can open anywhere or
 * attach to a ticket: what was read, the m and u the model fitted for every field and level, how
 * the candidate pairs' match weights fall, where the thresholds cut them, and what the model
 * expects of each threshold ({@link Calibration}).
 *
 * <p>It is self-contained on purpose (inline CSS and SVG; no script, font, image or link to fetch),
 * so it reads the same offline and leaks nothing by loading. Every value from the input (file
 * names, labels) is escaped: a file name is data, never markup. The histogram is an SVG image with
 * a text name and its counts repeated in a table, so a screen reader gets the same figures.
 */
final class LinkageReport {

	/** One input file as the report names it, with the records read from it. */
	record Input(String name, int records) {
	}

	private static final int WIDTH = 720;

	private static final int HEIGHT = 320;

	private static final int LEFT = 84;

	private static final int RIGHT = 16;

	private static final int TOP = 24;

	private static final int BOTTOM = 48;

	private static final String STYLE = """
			body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #0b0c0c;
			  background: #fff; margin: 0; line-height: 1.45; }
			main { max-width: 62rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
			h1 { font-size: 1.9rem; margin: 0.5rem 0 1rem; }
			h2 { font-size: 1.4rem; margin: 2rem 0 0.75rem; border-top: 1px solid #b1b4b6; padding-top: 1rem; }
			table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-variant-numeric: tabular-nums; }
			caption { text-align: left; font-weight: 700; padding: 0 0 0.4rem; }
			th, td { border-bottom: 1px solid #b1b4b6; padding: 0.3rem 0.75rem 0.3rem 0; text-align: left; vertical-align: top; }
			td.number, th.number { text-align: right; }
			.sl-scroll { overflow-x: auto; max-width: 100%; }
			figure { margin: 0.5rem 0 1rem; }
			svg { max-width: 100%; height: auto; }
			.visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important;
			  margin: 0 !important; padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important;
			  clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important; }
			""";

	private LinkageReport() {
	}

	/** Writes the report of this run, replacing any file at the path. */
	static void write(Path path, List<Input> inputs, LinkageResult result) throws IOException {
		try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
			w.write(html(inputs, result));
		}
	}

	/** The whole report as one HTML document. */
	static String html(List<Input> inputs, LinkageResult result) {
		LinkageModel model = result.model();
		LinkageSettings settings = model.settings();
		Calibration calibration = Calibration.of(result);
		double linkWeight = LinkageModel.weightOf(settings.linkAbove());
		double reviewWeight = LinkageModel.weightOf(settings.reviewAbove());
		List<Calibration.Expected> table = calibration.table();
		StringBuilder h = new StringBuilder(32_768);
		h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<title>Person linkage report</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n")
				.append("<body>\n<main>\n<h1>Person linkage report</h1>\n");
		summary(h, inputs, result);
		model(h, model);
		thresholds(h, calibration, settings, linkWeight, reviewWeight);
		histogram(h, table, linkWeight, reviewWeight, calibration.pairs());
		calibrationTable(h, table);
		h.append("</main>\n</body>\n</html>\n");
		return h.toString();
	}

	private static void summary(StringBuilder h, List<Input> inputs, LinkageResult result) {
		h.append("<p>").append(inputs.size() == 2 ? "Linkage between two inputs: only records of the first are linked "
				+ "to records of the second." : "Deduplication: records of one input that are the same person.")
				.append("</p>\n");
		h.append("<h2>Inputs</h2>\n").append(scroll("input files"))
				.append("<table>\n<caption>Input files and records read</caption>\n")
				.append("<thead><tr><th scope=\"col\">File</th><th scope=\"col\" class=\"number\">Records</th></tr>")
				.append("</thead>\n<tbody>\n");
		for (Input input : inputs) {
			h.append("<tr><td>").append(escape(input.name())).append("</td><td class=\"number\">")
					.append(count(input.records())).append("</td></tr>\n");
		}
		h.append("</tbody>\n</table>\n</div>\n");
		h.append("<p>").append(count(result.pairsCompared())).append(" candidate pairs were compared; ")
				.append(count(result.links())).append(" were linked, putting ").append(count(result.records()))
				.append(" records in ").append(count(result.clusterCount())).append(" clusters.</p>\n");
	}

	private static void model(StringBuilder h, LinkageModel model) {
		h.append("<h2>The model</h2>\n<p>Prior: before comparing any field, the model gives two compared records a ")
				.append(format("%.4g", model.priorProbability()))
				.append(" probability of being the same person, a prior weight of ")
				.append(format("%+.2f", model.priorWeight())).append(" bits. Each field then adds the weight of the ")
				.append("level the pair shows, log<sub>2</sub>(m/u): m is how often records of the same person show that ")
				.append("level, u how often records of different people do.</p>\n");
		h.append(scroll("m and u by field and level")).append("<table id=\"parameters\">\n")
				.append("<caption>m and u probabilities by field and level</caption>\n<thead><tr>")
				.append("<th scope=\"col\">Field</th><th scope=\"col\">Level</th><th scope=\"col\" class=\"number\">m</th>")
				.append("<th scope=\"col\" class=\"number\">u</th><th scope=\"col\" class=\"number\">Weight (bits)</th>")
				.append("</tr></thead>\n<tbody>\n");
		for (LinkageModel.ParameterRow row : model.parameterRows()) {
			h.append("<tr><td>").append(escape(row.field())).append("</td><td>").append(escape(row.level()))
					.append("</td><td class=\"number\">").append(format("%.4f", row.m()))
					.append("</td><td class=\"number\">").append(format("%.6f", row.u()))
					.append("</td><td class=\"number\">").append(format("%+.2f", row.bits())).append("</td></tr>\n");
		}
		h.append("</tbody>\n</table>\n</div>\n");
	}

	private static void thresholds(StringBuilder h, Calibration calibration, LinkageSettings settings,
			double linkWeight, double reviewWeight) {
		h.append("<h2>Thresholds</h2>\n<p>");
		if (settings.targetPrecision().isPresent()) {
			h.append("The link threshold was chosen by the model: the lowest match weight at which it expects a ")
					.append("precision of at least ").append(format("%s", settings.targetPrecision().getAsDouble()))
					.append(" among the pairs linked.");
		}
		else {
			h.append("The link threshold was set as a match probability.");
		}
		h.append(" Expected precision and recall are the model's own estimates, without labels: precision is the ")
				.append("share of the pairs at or above a threshold that it expects to be the same person, recall the ")
				.append("share of the matches it expects among all the candidate pairs that are at or above it.</p>\n");
		h.append(scroll("thresholds")).append("<table id=\"thresholds\">\n")
				.append("<caption>The thresholds and what the model expects of them</caption>\n<thead><tr>")
				.append("<th scope=\"col\">Threshold</th><th scope=\"col\" class=\"number\">Match probability</th>")
				.append("<th scope=\"col\" class=\"number\">Weight (bits)</th>")
				.append("<th scope=\"col\" class=\"number\">Pairs at or above</th>")
				.append("<th scope=\"col\" class=\"number\">Expected precision</th>")
				.append("<th scope=\"col\" class=\"number\">Expected recall</th></tr></thead>\n<tbody>\n");
		thresholdRow(h, "Link", settings.linkAbove(), calibration.at(linkWeight));
		thresholdRow(h, "Review", settings.reviewAbove(), calibration.at(reviewWeight));
		h.append("</tbody>\n</table>\n</div>\n");
	}

	private static void thresholdRow(StringBuilder h, String name, double probability, Calibration.Expected e) {
		h.append("<tr><th scope=\"row\">").append(name).append("</th><td class=\"number\">")
				.append(format("%.6f", probability)).append("</td><td class=\"number\">")
				.append(format("%.2f", e.threshold())).append("</td><td class=\"number\">").append(count(e.pairs()))
				.append("</td><td class=\"number\">").append(format("%.4f", e.precision()))
				.append("</td><td class=\"number\">").append(format("%.4f", e.recall())).append("</td></tr>\n");
	}

	/**
	 * The candidate pairs by whole-bit match weight, as bars on a logarithmic scale (a handful of
	 * matches sit among far more non-matches), with the thresholds drawn across.
	 */
	private static void histogram(StringBuilder h, List<Calibration.Expected> table, double linkWeight,
			double reviewWeight, long pairs) {
		h.append("<h2>Match weights</h2>\n");
		if (table.isEmpty()) {
			h.append("<p>No candidate pairs were compared, so there is no histogram.</p>\n");
			return;
		}
		// the table runs from the highest whole bit down; a bin's count is the step between rows
		int bins = table.size();
		int low = (int) table.get(bins - 1).threshold();
		long[] counts = new long[bins];
		long max = 1;
		for (int i = 0; i < bins; i++) {
			long above = i == 0 ? 0 : table.get(i - 1).pairs();
			int bin = (int) table.get(i).threshold() - low;
			counts[bin] = table.get(i).pairs() - above;
			max = Math.max(max, counts[bin]);
		}
		double from = Math.min(low, Math.floor(Math.min(linkWeight, reviewWeight)));
		double to = Math.max(low + bins, Math.ceil(Math.max(linkWeight, reviewWeight)) + 1);
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		double scale = Math.log10(max + 1);
		String name = "Candidate pairs by match weight: " + count(pairs) + " pairs from " + low + " to "
				+ (low + bins) + " bits, link threshold at " + format("%.2f", linkWeight) + " bits, review threshold at "
				+ format("%.2f", reviewWeight) + " bits";
		h.append("<figure>\n<svg id=\"histogram\" role=\"img\" aria-labelledby=\"histogram-title\" viewBox=\"0 0 ")
				.append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"")
				.append(HEIGHT).append("\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"histogram-title\">")
				.append(escape(name)).append("</title>\n");
		h.append(line(LEFT, TOP + plotHeight, LEFT + plotWidth, TOP + plotHeight, "#0b0c0c", ""));
		h.append(line(LEFT, TOP, LEFT, TOP + plotHeight, "#0b0c0c", ""));
		for (int bin = 0; bin < bins; bin++) {
			if (counts[bin] == 0) {
				continue;
			}
			double x = LEFT + (low + bin - from) / (to - from) * plotWidth;
			double barHeight = Math.log10(counts[bin] + 1) / scale * plotHeight;
			h.append(format("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#1d70b8\"/>\n", x + 0.5,
					TOP + plotHeight - barHeight, Math.max(1, plotWidth / (to - from) - 1), barHeight));
		}
		int step = Math.max(1, (int) Math.ceil((to - from) / 12));
		for (int k = (int) from; k <= to; k += step) {
			double x = LEFT + (k - from) / (to - from) * plotWidth;
			h.append(line(x, TOP + plotHeight, x, TOP + plotHeight + 5, "#0b0c0c", ""));
			h.append(text(x, TOP + plotHeight + 18, "middle", Integer.toString(k)));
		}
		h.append(text(LEFT + plotWidth / 2, HEIGHT - 8, "middle", "match weight (bits)"));
		h.append(text(LEFT - 6, TOP + 4, "end", count(max)));
		h.append(text(LEFT - 6, TOP + plotHeight, "end", "0"));
		h.append(format("<text x=\"14\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 14 %.1f)\" "
				+ "font-size=\"12\" fill=\"#0b0c0c\">pairs (log scale)</text>\n", TOP + plotHeight / 2,
				TOP + plotHeight / 2));
		// review is never above link: label it on its left and link on its right, so the two never overlap
		marker(h, reviewWeight, from, to, plotWidth, plotHeight, "review", "#505a5f", "4 3", false);
		marker(h, linkWeight, from, to, plotWidth, plotHeight, "link", "#d4351c", "", true);
		h.append("</svg>\n<figcaption>Candidate pairs by match weight, in one-bit bars on a logarithmic scale; the ")
				.append("red line is the link threshold, the grey dashed line the review threshold.</figcaption>\n")
				.append("</figure>\n");
		h.append("<table class=\"visually-hidden\">\n<caption>Candidate pairs by match weight</caption>\n<thead><tr>")
				.append("<th scope=\"col\">Match weight (bits)</th><th scope=\"col\" class=\"number\">Pairs</th>")
				.append("</tr></thead>\n<tbody>\n");
		for (int bin = bins - 1; bin >= 0; bin--) {
			h.append("<tr><td>").append(low + bin).append(" to ").append(low + bin + 1)
					.append("</td><td class=\"number\">").append(count(counts[bin])).append("</td></tr>\n");
		}
		h.append("</tbody>\n</table>\n");
	}

	private static void marker(StringBuilder h, double weight, double from, double to, double plotWidth,
			double plotHeight, String label, String colour, String dashes, boolean labelRight) {
		double x = LEFT + (weight - from) / (to - from) * plotWidth;
		h.append(line(x, TOP - 6, x, TOP + plotHeight, colour, dashes));
		h.append(text(labelRight ? x + 4 : x - 4, 14, labelRight ? "start" : "end", label + " " + format("%.2f", weight)));
	}

	private static String line(double x1, double y1, double x2, double y2, String colour, String dashes) {
		return format("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"%s/>\n", x1,
				y1, x2, y2, colour, dashes.isEmpty() ? "" : " stroke-dasharray=\"" + dashes + "\"");
	}

	private static String text(double x, double y, String anchor, String value) {
		return format("<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"12\" fill=\"#0b0c0c\">%s</text>\n", x,
				y, anchor, escape(value));
	}

	private static void calibrationTable(StringBuilder h, List<Calibration.Expected> table) {
		h.append("<h2>Calibration</h2>\n<p>What the model expects if the link threshold were set at each whole-bit ")
				.append("match weight: the pairs that would be linked, and the expected precision and recall.</p>\n");
		h.append(scroll("expected precision and recall by threshold")).append("<table id=\"calibration\">\n")
				.append("<caption>Expected precision and recall at each whole-bit threshold</caption>\n<thead><tr>")
				.append("<th scope=\"col\" class=\"number\">Threshold (bits)</th>")
				.append("<th scope=\"col\" class=\"number\">Match probability</th>")
				.append("<th scope=\"col\" class=\"number\">Pairs at or above</th>")
				.append("<th scope=\"col\" class=\"number\">Expected matches</th>")
				.append("<th scope=\"col\" class=\"number\">Expected precision</th>")
				.append("<th scope=\"col\" class=\"number\">Expected recall</th></tr></thead>\n<tbody>\n");
		for (Calibration.Expected e : table) {
			h.append("<tr><td class=\"number\">").append(format("%.0f", e.threshold()))
					.append("</td><td class=\"number\">").append(format("%.6f", LinkageModel.probability(e.threshold())))
					.append("</td><td class=\"number\">").append(count(e.pairs())).append("</td><td class=\"number\">")
					.append(format("%,.1f", e.expectedMatches())).append("</td><td class=\"number\">")
					.append(format("%.4f", e.precision())).append("</td><td class=\"number\">")
					.append(format("%.4f", e.recall())).append("</td></tr>\n");
		}
		h.append("</tbody>\n</table>\n</div>\n");
	}

	/** A box that scrolls sideways on its own when its table is wider than a phone, reachable by keyboard. */
	private static String scroll(String name) {
		return "<div class=\"sl-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"" + escape(name) + "\">\n";
	}

	/** Text made safe to place in HTML content or a quoted attribute. */
	static String escape(String value) {
		StringBuilder out = new StringBuilder(value.length() + 16);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static String count(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	private static String format(String pattern, Object... values) {
		return String.format(Locale.ROOT, pattern, values);
	}
}
