package org.sightline.assessment;

/**
 * The stages of the National Decision Model (CIAPOAR). A rationale is complete only when every
 * stage has content or an explicit "not applicable because".
 */
public enum NdmStage {
	CODE_OF_ETHICS, INFORMATION, ASSESSMENT, POWERS_AND_POLICY, OPTIONS, ACTION_AND_REVIEW
}
