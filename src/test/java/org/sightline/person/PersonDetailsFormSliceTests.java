package org.sightline.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.sightline.GovukFormErrors;
import org.sightline.SignedInForSlices;
import org.sightline.person.internal.PersonDetailsController;
import org.sightline.shared.Actor;
import org.sightline.shared.InvalidInputException;
import org.sightline.shared.Violation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The page that adds details to a person, with only the web layer: the person index is a mock, so
 * these prove what the page does with the index's answer, not the rules themselves.
 */
@WebMvcTest(controllers = PersonDetailsController.class,
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.sightline\\.ui\\.ForceBranding"),
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = SignedInForSlices.IDENTITY_WEB_CONFIG))
@Import(SignedInForSlices.class)
class PersonDetailsFormSliceTests {

	static final UUID PERSON = UUID.fromString("7b0e8a52-3f4e-4b8e-9a53-0d1c2e3f4a5b");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	PersonIndex index;

	@Test
	void an_invalid_detail_shows_the_govuk_error_summary_linked_to_its_field_and_keeps_what_was_typed() throws Exception {
		doThrow(new InvalidInputException(List.of(new Violation("phones[0]", "Enter a phone number, like 01632 960 001"))))
			.when(index).addDetails(any(), any(), any());

		String html = mvc.perform(post("/people/{id}/details", PERSON).with(user("responder").roles("RESPONDER")).with(csrf())
				.param("aliasGiven", "Samantha").param("address", "12 Mill Lane").param("postcode", "AB1 2CD")
				.param("phone", "not a number"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		Document page = Jsoup.parse(html);
		var summary = page.selectFirst(".govuk-error-summary");
		assertThat(summary).as("GOV.UK error summary").isNotNull();
		// the index's field (phones[0]) is linked to the box on the page where it is typed (phone)
		assertThat(summary.select("a").eachAttr("href")).containsExactly("#phone");
		assertThat(summary.text()).contains("Enter a phone number, like 01632 960 001");
		assertThat(page.select(".govuk-form-group--error input").eachAttr("id")).containsExactly("phone");
		// nothing typed is lost
		assertThat(page.getElementById("phone").val()).isEqualTo("not a number");
		assertThat(page.getElementById("aliasGiven").val()).isEqualTo("Samantha");
		assertThat(page.getElementById("address").val()).isEqualTo("12 Mill Lane");
		assertThat(page.getElementById("postcode").val()).isEqualTo("AB1 2CD");
		GovukFormErrors.assertShownBeside(html, "phone", "Enter a phone number, like 01632 960 001");
	}

	@Test
	void valid_details_go_to_the_index_as_typed_and_return_to_the_person() throws Exception {
		mvc.perform(post("/people/{id}/details", PERSON).with(user("responder").roles("RESPONDER")).with(csrf())
				.param("aliasFamily", "Tailor").param("phone", "01632 960 001").param("address", "").param("postcode", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/people/" + PERSON));

		ArgumentCaptor<MoreDetails> details = ArgumentCaptor.forClass(MoreDetails.class);
		ArgumentCaptor<Actor> actor = ArgumentCaptor.forClass(Actor.class);
		verify(index).addDetails(actor.capture(), eq(new PersonId(PERSON)), details.capture());
		assertThat(actor.getValue().username()).isEqualTo("responder");
		assertThat(details.getValue().aliases()).containsExactly(new NewPerson.Name(null, "Tailor"));
		assertThat(details.getValue().phones()).containsExactly("01632 960 001");
		// boxes left empty add nothing
		assertThat(details.getValue().addresses()).isEmpty();
		assertThat(details.getValue().identifiers()).isEmpty();
	}
}
