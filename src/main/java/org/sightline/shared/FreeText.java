package org.sightline.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field of an API request as something a person writes in their own words (a
 * narrative, a reason, a note): it may hold new lines and tabs and be up to
 * {@link InputLimits#FREE_TEXT} characters (or {@link InputLimits#DOCUMENT} for a whole
 * document). Every other text field is a short value: one line, up to {@link InputLimits#TEXT}.
 * On a list or map the mark applies to its values.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
public @interface FreeText {

	/** The longest text accepted: {@link InputLimits#FREE_TEXT} unless the field holds a document. */
	int maxLength() default InputLimits.FREE_TEXT;
}
