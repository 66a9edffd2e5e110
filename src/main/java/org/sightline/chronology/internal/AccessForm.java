package org.sightline.chronology.internal;

/** Why someone is opening a person's record: a reason from the list, or their own words. */
public class AccessForm {

	private String reason;

	private String otherReason;

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getOtherReason() {
		return otherReason;
	}

	public void setOtherReason(String otherReason) {
		this.otherReason = otherReason;
	}
}
