package org.sightline.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sightline.GovukFormErrors;
import org.sightline.partnership.internal.PartnerAgencyForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The partner agency and partnership agreement pages, through Spring MVC with the real database. Nothing here publishes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PartnershipPageTests {

	static final String NATIONAL = "/partnership/agreements/national-rcrp/2023-07-26";

	@Autowired
	MockMvc mvc;

	static String newVersion() {
		return "page-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	@WithUserDetails("admin")
	void the_partner_agencies_page_lists_every_agency_with_its_contact_routes() throws Exception {
		mvc.perform(get("/partnership/agencies"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("NHS mental health crisis service")))
			.andExpect(content().string(containsString("Option 2 for mental health, 24 hours")))
			.andExpect(content().string(containsString("href=\"/partnership/agencies/LANDOWNER_OR_OTHER\"")));
	}

	@Test
	@WithUserDetails("admin")
	void a_rejected_partner_agency_comes_back_with_an_error_summary_and_what_was_typed() throws Exception {
		String page = mvc.perform(post("/partnership/agencies/EDUCATION").with(csrf())
			.param("revision", "1")
			.param("name", "Anytown schools safeguarding")
			.param("contactRoutes[0].kind", "EMAIL")
			.param("contactRoutes[0].value", "not an email")
			.param("contactRoutes[1].value", "0300 123 4567")
			.param("workingHours", "Term time only"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString(
					"href=\"#contactRoutes0.value\">Enter an email address in the correct format for contact route 1")))
			.andExpect(content().string(containsString("href=\"#contactRoutes1.kind\">Choose how to contact them for contact route 2")))
			.andExpect(content().string(containsString("value=\"Anytown schools safeguarding\"")))
			.andExpect(content().string(containsString("value=\"not an email\"")))
			.andExpect(content().string(containsString("value=\"Term time only\"")))
			.andExpect(content().string(containsString("<title>Error: ")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(page, "contactRoutes0.value", "Enter an email address in the correct format for contact route 1");
		GovukFormErrors.assertShownBeside(page, "contactRoutes1.kind", "Choose how to contact them for contact route 2");
		GovukFormErrors.assertKept(page, "contactRoutes0.value", "not an email");
	}

	/** Forms hold text, so only a hidden number that was tampered with can fail to bind: a bad request, not a page of Spring's words. */
	@Test
	@WithUserDetails("admin")
	void a_revision_that_is_not_a_number_is_a_bad_request_without_spring_words() throws Exception {
		mvc.perform(post("/partnership/agencies/EDUCATION").with(csrf())
			.param("revision", "not a number")
			.param("name", "Anytown schools safeguarding"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString("Failed to convert"))))
			.andExpect(content().string(not(containsString("NumberFormatException"))));
	}

	@Test
	@WithUserDetails("admin")
	void a_saved_partner_agency_is_shown_with_a_banner() throws Exception {
		String revision = String.valueOf(mvc.perform(get("/partnership/agencies/LANDOWNER_OR_OTHER"))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("agencyForm") instanceof PartnerAgencyForm form ? form.getRevision() : 0);
		mvc.perform(post("/partnership/agencies/LANDOWNER_OR_OTHER").with(csrf())
			.param("revision", revision)
			.param("name", "Anytown landowners’ liaison")
			.param("contactRoutes[0].kind", "PHONE")
			.param("contactRoutes[0].value", "01632 960 111")
			.param("contactRoutes[1].kind", "")
			.param("contactRoutes[1].value", ""))
			.andExpect(redirectedUrl("/partnership/agencies"))
			.andExpect(flash().attribute("banner", "Landowner or other responsible party saved"));
		mvc.perform(get("/partnership/agencies"))
			.andExpect(content().string(containsString("Anytown landowners’ liaison")))
			.andExpect(content().string(containsString("01632 960 111")));
	}

	@Test
	@WithUserDetails("admin")
	void an_agreement_that_is_not_valid_yaml_comes_back_with_an_error_summary_and_the_typed_text() throws Exception {
		String typed = """
				id: anytown-rcrp
				version: "1"
				title: Anytown
				clauses:
				  - id: missing
				    situation: MISSING_PERSON
				    primary: COASTGUARD
				    policeAttendance: ALWAYS
				""";
		String page = mvc.perform(multipart("/partnership/agreements/new").param("yaml", typed).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#yaml\">Clause 1, primary: Unknown agency ‘COASTGUARD’")))
			.andExpect(content().string(containsString(HtmlUtils.htmlEscape(typed))))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(page, "yaml", "Clause 1, primary: Unknown agency ‘COASTGUARD’");
		GovukFormErrors.assertKept(page, "yaml", typed);
	}

	@Test
	@WithUserDetails("admin")
	void an_uploaded_yml_file_becomes_a_draft_whose_page_names_each_problem_per_clause() throws Exception {
		String version = newVersion();
		String yaml = AgreementBuilder.nationalYamlAs(version, "primary: ADULT_SOCIAL_CARE\n", "primary: NONE\n");
		var file = new MockMultipartFile("file", "anytown.yml", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8));

		String draft = "/partnership/agreements/national-rcrp/" + version;
		mvc.perform(multipart("/partnership/agreements/new").file(file).with(csrf()))
			.andExpect(redirectedUrl(draft))
			.andExpect(flash().attribute("banner", "Draft national-rcrp " + version + " imported"));

		mvc.perform(get(draft))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This version cannot be published until you fix these problems")))
			.andExpect(content().string(containsString("Clause ‘adult’ (ADULT_AT_RISK) has primary NONE")))
			.andExpect(content().string(containsString("Submit for review")));

		mvc.perform(post(draft + "/submit").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#clauses\">Clause ‘adult’ (ADULT_AT_RISK) has primary NONE")));
	}

	@Test
	@WithUserDetails("admin")
	void a_file_that_is_not_yaml_is_refused_on_the_file_field() throws Exception {
		var file = new MockMultipartFile("file", "agreement.docx", "application/octet-stream", new byte[] { 1, 2, 3 });
		mvc.perform(multipart("/partnership/agreements/new").file(file).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#file\">The selected file must be a .yml or .yaml file")));
	}

	@Test
	@WithUserDetails("admin")
	void a_draft_is_edited_submitted_and_offered_for_publication_with_a_confirmation_page() throws Exception {
		String version = newVersion();
		String draft = "/partnership/agreements/national-rcrp/" + version;
		mvc.perform(multipart("/partnership/agreements/new").param("yaml", AgreementBuilder.nationalYamlAs(version))
			.with(csrf())).andExpect(redirectedUrl(draft));

		mvc.perform(get(draft + "/edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("version: &quot;" + version + "&quot;")));
		String renamed = version + "-b";
		mvc.perform(multipart(draft + "/edit").param("yaml", AgreementBuilder.nationalYamlAs(renamed)).with(csrf()))
			.andExpect(redirectedUrl("/partnership/agreements/national-rcrp/" + renamed));
		String moved = "/partnership/agreements/national-rcrp/" + renamed;

		mvc.perform(post(moved + "/submit").with(csrf()))
			.andExpect(redirectedUrl(moved))
			.andExpect(flash().attribute("banner", "Agreement national-rcrp " + renamed + " submitted for review"));
		mvc.perform(get(moved + "/publish"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Review and publish this agreement")))
			.andExpect(content().string(containsString("national-rcrp 2023-07-26")))
			.andExpect(content().string(containsString("No clause changes")))
			// the admin who drafted it may not publish it (four eyes)
			.andExpect(content().string(containsString("another administrator must review and publish it")));
		mvc.perform(get(draft)).andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("admin")
	void a_published_version_cannot_be_edited() throws Exception {
		String typed = AgreementBuilder.nationalYamlAs("2023-07-26");
		String page = mvc.perform(multipart(NATIONAL + "/edit").param("yaml", typed).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("published versions are never changed")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		GovukFormErrors.assertShownBeside(page, "yaml", "published versions are never changed");
		GovukFormErrors.assertKept(page, "yaml", typed);
		mvc.perform(get(NATIONAL)).andExpect(content().string(not(containsString("Edit the YAML"))));
	}

	@Test
	@WithUserDetails("supervisor")
	void a_supervisor_reads_the_clauses_of_the_agreement_in_force_but_cannot_change_it() throws Exception {
		mvc.perform(get("/partnership/agreements"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("National Partnership Agreement: Right Care, Right Person")))
			.andExpect(content().string(not(containsString("Import a draft"))));
		mvc.perform(get(NATIONAL))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Section 136 place of safety")))
			.andExpect(content().string(containsString("Handover to the health place of safety within one hour of arrival (1 hour)")))
			.andExpect(content().string(containsString("Any of: Fallen at home; Self-harm happening now")))
			.andExpect(content().string(containsString("None: advice or signposting")))
			.andExpect(content().string(not(containsString("Submit for review"))));
	}

	@Test
	@WithUserDetails("supervisor")
	void any_version_downloads_as_the_yaml_it_was_stored_with() throws Exception {
		byte[] body = mvc.perform(get(NATIONAL + "/export"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"national-rcrp-2023-07-26.yml\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(PartnershipReferenceData.nationalYaml());
	}

	@Test
	@WithUserDetails("admin")
	void an_unknown_agreement_or_agency_is_not_found() throws Exception {
		mvc.perform(get("/partnership/agreements/national-rcrp/1999")).andExpect(status().isNotFound());
		mvc.perform(get("/partnership/agencies/COASTGUARD")).andExpect(status().isNotFound());
	}
}
