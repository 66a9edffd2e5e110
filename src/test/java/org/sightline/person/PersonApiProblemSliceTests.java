package org.sightline.person;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.SignedInForSlices;
import org.sightline.person.internal.PersonApiController;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Violation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The people API's answer to input the person index refuses, with only the web layer: the index is
 * a mock, so this proves the answer's shape (RFC 9457 problem details naming each field), not the rules.
 */
@WebMvcTest(controllers = PersonApiController.class,
		// every page's navigation (an advice in every slice) needs the force's colours
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.sightline\\.ui\\.ForceBranding"),
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = SignedInForSlices.IDENTITY_WEB_CONFIG))
@Import(SignedInForSlices.class)
class PersonApiProblemSliceTests {

	static final UUID PERSON = UUID.fromString("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PersonIndex index;

	@MockitoBean
	PersonMerging merging;

	@Test
	void details_the_index_refuses_are_a_400_problem_naming_each_invalid_field_with_its_message() throws Exception {
		doThrow(new InvalidInputException(List.of(new Violation("phones[0]", "Enter a phone number, like 01632 960 001"),
				new Violation("identifiers[0].value", "Enter a PNC ID, like 2001/0012345X"))))
			.when(index).addDetails(any(), any(), any());

		mvc.perform(post("/api/v1/people/{id}/details", PERSON).with(user("responder").roles("RESPONDER")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{ "phones": ["not a number"], "identifiers": [ { "scheme": "PNC_ID", "value": "nonsense" } ] }
						"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("Invalid request"))
			.andExpect(jsonPath("$.detail").value("2 fields are invalid"))
			.andExpect(jsonPath("$.errors.length()").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("phones[0]"))
			.andExpect(jsonPath("$.errors[0].message").value("Enter a phone number, like 01632 960 001"))
			.andExpect(jsonPath("$.errors[1].field").value("identifiers[0].value"))
			.andExpect(jsonPath("$.errors[1].message").value("Enter a PNC ID, like 2001/0012345X"));
	}

	@Test
	void a_merge_request_that_is_not_json_is_a_400_problem_and_reaches_no_one() throws Exception {
		mvc.perform(post("/api/v1/people/{id}/merges", PERSON).with(user("hub").roles("SAFEGUARDING_HUB")).with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{ \"personId\": "))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400));
		verifyNoInteractions(merging);
	}
}
