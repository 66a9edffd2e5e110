package org.sightline.partnership;

/** Which agreement, and which version of it, decided something. Stored with every decision. */
public record AgreementRef(String id, String version) {

	@Override
	public String toString() {
		return id + " " + version;
	}
}
