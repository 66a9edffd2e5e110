package org.sightline;

import java.util.Locale;

/** A text progress bar for the command-line tools: {@code [#####.....] 500,000 / 1,000,000 encounters  42 s}. */
final class ProgressBar {

	private ProgressBar() {
	}

	static String of(long done, long total, String unit, long seconds) {
		int width = 30;
		int filled = (int) Math.min(width, width * done / Math.max(1, total));
		return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] "
				+ String.format(Locale.UK, "%,d / %,d %s  %d s", done, total, unit, seconds);
	}
}
