package org.sightline.referral;

/** The law under which police share personal data with a partner (REFERENCE §7). */
public enum LawfulBasis {
	/** DPA 2018 Part 3, sensitive processing with the Schedule 8 safeguarding condition. */
	DPA_PART3_S35_SCHED8_SAFEGUARDING,
	/** DPA 2018 Part 3, necessary for a law-enforcement purpose. */
	DPA_PART3_NECESSITY_LAW_ENFORCEMENT,
	/** Crime and Disorder Act 1998 s115 (a power to disclose). */
	CDA_S115,
	/** Children Act 2004 s11 (safeguarding and promoting children's welfare). */
	CHILDREN_ACT_2004_S11,
	/** Care Act 2014 s42 (enquiry into an adult at risk). */
	CARE_ACT_S42,
	/** Police, Crime, Sentencing and Courts Act 2022 s16 (serious violence duty). */
	PCSCA_S16,
	/** The person's consent. */
	CONSENT,
	/** The vital interests of the person or another. */
	VITAL_INTERESTS,
	/** Another statute, named in the rationale. */
	OTHER_STATUTE
}
