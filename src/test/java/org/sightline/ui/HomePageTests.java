package org.sightline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Each role's home page and navigation offer what that role may use, and nothing else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class HomePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	Document home(String username) throws Exception {
		String html = mvc.perform(get("/").with(user(users.loadUserByUsername(username))))
			.andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html);
	}

	static List<String> links(Element in) {
		return in == null ? List.of() : in.select("a[href]").eachAttr("href");
	}

	void assertPage(String username, List<String> navigation, List<String> home) throws Exception {
		Document page = home(username);
		assertThat(links(page.selectFirst("nav"))).as(username + "'s navigation").containsExactlyElementsOf(navigation);
		assertThat(links(page.selectFirst("main"))).as(username + "'s home page").containsExactlyElementsOf(home);
	}

	@Test
	void each_role_is_offered_exactly_the_pages_it_may_open() throws Exception {
		assertPage("handler", List.of("/", "/people/search", "/encounters/new", "/encounters", "/referrals", "/learning/me"),
				List.of("/encounters/new", "/encounters", "/encounters/mine", "/people/search", "/learning/me",
						"/learning/debriefs/new", "/learning/debriefs", "/wellbeing/me"));
		assertPage("responder", List.of("/", "/people/search", "/encounters/new", "/encounters", "/referrals", "/learning/me"),
				List.of("/encounters/new", "/encounters", "/encounters/mine", "/people/search", "/learning/me",
						"/learning/debriefs/new", "/learning/debriefs", "/wellbeing/me"));
		assertPage("supervisor",
				List.of("/", "/people/search", "/encounters/new", "/encounters", "/referrals", "/marac", "/people/matches",
						"/supervision", "/demand", "/simulation", "/partnership/agreements", "/audit", "/records-review",
						"/learning/me"),
				List.of("/encounters/new", "/encounters", "/encounters/mine", "/people/search", "/people/matches",
						"/learning/me", "/learning/teams/demo-team", "/learning/debriefs/new", "/learning/debriefs",
						"/learning/reviews", "/wellbeing/me", "/demand", "/simulation"));
		assertPage("hub",
				List.of("/", "/people/search", "/encounters/new", "/encounters", "/referrals", "/hub", "/marac",
						"/people/matches", "/learning/me"),
				List.of("/encounters/new", "/encounters", "/encounters/mine", "/people/search", "/hub", "/people/matches",
						"/learning/me", "/learning/debriefs/new", "/learning/debriefs", "/wellbeing/me"));
		assertPage("analyst", List.of("/", "/demand", "/simulation", "/learning/me"),
				List.of("/learning/me", "/wellbeing/me", "/demand", "/simulation"));
		assertPage("chief", List.of("/", "/demand", "/learning/me"),
				List.of("/learning/me", "/wellbeing/me", "/demand"));
		assertPage("admin",
				List.of("/", "/demand", "/simulation", "/partnership/agencies", "/sign-in-attempts",
						"/partnership/agreements", "/audit", "/learning/teams", "/learning/me"),
				List.of("/learning/me", "/learning/reviews", "/learning/teams", "/wellbeing/me", "/demand", "/simulation", "/audit",
						"/sign-in-attempts"));
		assertPage("trainer", List.of("/", "/learning/teams", "/learning/me"),
				List.of("/learning/me", "/learning/teams/demo-team", "/learning/records/new", "/learning/debriefs",
						"/learning/digest", "/learning/reviews", "/learning/teams", "/wellbeing/me"));
		assertPage("wellbeing", List.of("/", "/learning/me"),
				List.of("/learning/me", "/wellbeing/me", "/wellbeing/team"));
		assertPage("partner-csc", List.of("/", "/partner/referrals"),
				List.of("/partner/referrals"));
	}
}
