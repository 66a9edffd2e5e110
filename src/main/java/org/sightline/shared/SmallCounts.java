package org.sightline.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Statistical disclosure control for aggregate figures: a count under the threshold (5 by default,
 * the usual rule) is shown as "fewer than 5", never as a number, so nobody can be singled out from
 * a table. Secondary suppression: where a column would have exactly one hidden count, the next
 * smallest is withheld too, so the hidden one cannot be worked out from the total.
 */
public record SmallCounts(int threshold) {

	public SmallCounts {
		if (threshold < 1) {
			throw new IllegalArgumentException("The small-count threshold must be 1 or more: " + threshold);
		}
	}

	public boolean small(long count) {
		return count < threshold;
	}

	/** The count as people may see it. */
	public String show(long count) {
		return small(count) ? "fewer than " + threshold : String.valueOf(count);
	}

	/**
	 * Which cells of one column (the rows, then the total last) to withhold: the small ones, and
	 * enough others that no withheld count can be worked out by subtraction from the total.
	 */
	public List<Boolean> withheld(List<Long> rows, long total) {
		List<Boolean> hidden = new ArrayList<>();
		int count = 0;
		for (long value : rows) {
			hidden.add(small(value));
			if (small(value)) {
				count++;
			}
		}
		if (count == 1) {
			int smallest = -1;
			for (int i = 0; i < rows.size(); i++) {
				if (!hidden.get(i) && (smallest < 0 || rows.get(i) < rows.get(smallest))) {
					smallest = i;
				}
			}
			if (smallest >= 0) {
				hidden.set(smallest, true);
				count++;
			}
		}
		// with only one row, the total is that row
		hidden.add(small(total) || count > 0 && count == rows.size() && rows.size() == 1);
		return hidden;
	}
}
