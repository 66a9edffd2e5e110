package org.sightline.assessment;

import java.util.Objects;

/**
 * Which definition of which risk tool produced a result. Stored with every result, so that a
 * reviewer can see the questions and thresholds the officer worked with even after a force has
 * changed its tool file.
 */
public record ToolVersion(String code, String version) {

	public ToolVersion {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(version, "version");
	}

	@Override
	public String toString() {
		return code + " v" + version;
	}
}
