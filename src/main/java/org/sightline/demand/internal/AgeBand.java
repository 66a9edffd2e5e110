package org.sightline.demand.internal;

/** Age bands for equality monitoring; children are split out first because the guidance treats them apart. */
public enum AgeBand {
	UNDER_10, AGE_10_17, AGE_18_24, AGE_25_34, AGE_35_44, AGE_45_54, AGE_55_64, AGE_65_PLUS, UNKNOWN;

	public static AgeBand of(Integer years) {
		if (years == null || years < 0) {
			return UNKNOWN;
		}
		if (years < 10) {
			return UNDER_10;
		}
		if (years < 18) {
			return AGE_10_17;
		}
		if (years < 25) {
			return AGE_18_24;
		}
		if (years < 35) {
			return AGE_25_34;
		}
		if (years < 45) {
			return AGE_35_44;
		}
		if (years < 55) {
			return AGE_45_54;
		}
		if (years < 65) {
			return AGE_55_64;
		}
		return AGE_65_PLUS;
	}
}
