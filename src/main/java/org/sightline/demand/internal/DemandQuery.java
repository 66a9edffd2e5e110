package org.sightline.demand.internal;

import java.time.LocalDate;

/**
 * What the dashboard is asked to show: a date range (inclusive, in the force's time zone) and
 * optional filters by area, situation, agency (who leads the encounter; for partner performance,
 * the agency referred to) and agreement version ({@code id@version}). Kept in the URL.
 */
public record DemandQuery(LocalDate from, LocalDate to, String area, String situation, String agency, String agreement) {

	static final int MAX_DAYS = 3 * 366;

	public DemandQuery {
		area = blankToNull(area);
		situation = blankToNull(situation);
		agency = blankToNull(agency);
		agreement = blankToNull(agreement);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** The same filters as URL parameters, for links (CSV, print) and the page's own address. */
	public String parameters() {
		StringBuilder s = new StringBuilder("from=" + from + "&to=" + to);
		append(s, "area", area);
		append(s, "situation", situation);
		append(s, "agency", agency);
		append(s, "agreement", agreement);
		return s.toString();
	}

	private static void append(StringBuilder s, String name, String value) {
		if (value != null) {
			s.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
		}
	}
}
