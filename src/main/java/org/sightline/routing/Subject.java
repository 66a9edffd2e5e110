package org.sightline.routing;

import java.util.OptionalInt;

/**
 * The person the situation is about, as the rules read them.
 *
 * @param ageYears the age, or the estimated age, when known
 * @param child under the adult age, recorded as a child, or (age unknown) described by a fact that
 * only fits a child
 * @param youngChildWithoutCare a young child with no carer present, or neglected
 * @param maracEligible old enough for a MARAC (16 or over by default), or of unknown age: doubt
 * favours the referral
 */
record Subject(OptionalInt ageYears, boolean child, boolean youngChildWithoutCare, boolean maracEligible) {
}
