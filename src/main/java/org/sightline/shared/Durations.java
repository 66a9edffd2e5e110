package org.sightline.shared;

/** A number of minutes as people say it: "15 minutes", "1 hour", "2 days", "1 hour 30 minutes". */
public final class Durations {

	private Durations() {
	}

	public static String inWords(Integer minutes) {
		if (minutes == null) {
			return "";
		}
		int m = minutes;
		if (m % 1440 == 0 && m > 0) {
			return plural(m / 1440, "day");
		}
		if (m < 60) {
			return plural(m, "minute");
		}
		return m % 60 == 0 ? plural(m / 60, "hour") : plural(m / 60, "hour") + " " + plural(m % 60, "minute");
	}

	private static String plural(int n, String unit) {
		return n + " " + unit + (n == 1 ? "" : "s");
	}
}
