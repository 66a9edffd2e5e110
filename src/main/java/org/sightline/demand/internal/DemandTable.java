package org.sightline.demand.internal;

import java.util.List;

/**
 * One figure of the dashboard as an accessible table: row labels, columns, and each value as people
 * may see it (a withheld small count reads "fewer than 5" and has no chart value). The chart beside
 * it is drawn from the same values, so chart and table cannot disagree.
 *
 * @param chart "bar", "line" or null for a table with no chart
 * @param chartColumn which column the chart draws
 * @param note what the figures mean and where they are estimates
 */
public record DemandTable(String id, String title, String note, List<String> columns, List<Row> rows, Row total, String chart,
		int chartColumn) {

	record Value(String shown, Double number) {

		static Value withheld(String shown) {
			return new Value(shown, null);
		}
	}

	record Row(String label, List<Value> values) {
	}
}
