package org.sightline.partnership;

/** The lifecycle of an agreement version: drafted, reviewed, published (in force), then superseded. */
public enum AgreementStatus {
	DRAFT, IN_REVIEW, PUBLISHED, SUPERSEDED
}
