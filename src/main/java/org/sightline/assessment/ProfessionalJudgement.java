package org.sightline.assessment;

/**
 * The officer's own grade for a tool, with why. A judgement may raise the level a tool suggests but
 * never lower it (REFERENCE §6.1), and it must be explained: a grade without a rationale is not
 * judgement.
 *
 * @param level the code of one of the tool's levels, for example {@code HIGH}
 * @param rationale why, in the officer's words; kept with the assessment, never put into reasons
 */
public record ProfessionalJudgement(String level, String rationale) {
}
