package org.sightline.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.sightline.identity.CurrentActor;
import org.sightline.shared.Actor;
import org.sightline.shared.Role;
import org.sightline.shared.RoleGroup;
import org.sightline.shared.SightlineSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the force name, the signed-in user and the navigation for their roles on every page. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
// advice starts in a @WebMvcTest slice, which starts no configuration class: it binds what it reads
@EnableConfigurationProperties(SightlineSettings.class)
class Navigation {

	record NavItem(String label, String href, boolean active) {
	}

	private static final Map<String, RoleGroup> ROLE_GROUPS = Arrays.stream(RoleGroup.values())
		.collect(Collectors.toUnmodifiableMap(RoleGroup::name, group -> group));

	private final String forceName;
	private final ForceBranding branding;

	Navigation(SightlineSettings settings, ForceBranding branding) {
		this.forceName = settings.forceName();
		this.branding = branding;
	}

	@ModelAttribute("forceColour")
	String forceColour() {
		return branding.headerColour();
	}

	@ModelAttribute("forceName")
	String forceName() {
		return forceName;
	}

	@ModelAttribute("currentUser")
	Actor currentUser() {
		return CurrentActor.get().orElse(null);
	}

	/** The role groups by name, for templates: {@code ${roleGroups.STAFF_WHO_RECORD.includes(currentUser)}}. */
	@ModelAttribute("roleGroups")
	Map<String, RoleGroup> roleGroups() {
		return ROLE_GROUPS;
	}

	@ModelAttribute("navigation")
	List<NavItem> navigation(HttpServletRequest request) {
		Optional<Actor> actor = CurrentActor.get();
		List<NavItem> items = new ArrayList<>();
		if (actor.isEmpty()) {
			return items;
		}
		String path = request.getRequestURI();
		items.add(new NavItem("Home", "/", path.equals("/")));
		if (RoleGroup.STAFF_WHO_RECORD.includes(actor.get())) {
			items.add(new NavItem("Find a person", "/people/search",
					path.startsWith("/people") && !path.startsWith("/people/matches")));
			items.add(new NavItem("Record an encounter", "/encounters/new", path.equals("/encounters/new")));
			items.add(new NavItem("Live incidents", "/encounters",
					path.startsWith("/encounters") && !path.equals("/encounters/new")));
		}
		if (RoleGroup.STAFF_WHO_RECORD.includes(actor.get())) {
			items.add(new NavItem("Referrals", "/referrals", path.startsWith("/referrals")));
		}
		if (actor.get().hasRole(Role.PARTNER_PRACTITIONER)) {
			items.add(new NavItem("Referrals to your agency", "/partner/referrals", path.startsWith("/partner")));
		}
		if (actor.get().hasRole(Role.SAFEGUARDING_HUB)) {
			items.add(new NavItem("Hub triage", "/hub", path.startsWith("/hub")));
		}
		if (RoleGroup.SAFEGUARDING_REVIEWERS.includes(actor.get())) {
			items.add(new NavItem("MARAC list", "/marac", path.startsWith("/marac")));
			items.add(new NavItem("Possible matches", "/people/matches", path.startsWith("/people/matches")));
		}
		if (actor.get().hasRole(Role.SUPERVISOR)) {
			items.add(new NavItem("Supervisor review", "/supervision", path.startsWith("/supervision")));
		}
		if (RoleGroup.DEMAND_READERS.includes(actor.get())) {
			items.add(new NavItem("Demand", "/demand", path.startsWith("/demand")));
		}
		if (RoleGroup.AGREEMENT_SIMULATORS.includes(actor.get())) {
			items.add(new NavItem("Agreement simulation", "/simulation", path.startsWith("/simulation")));
		}
		if (actor.get().hasRole(Role.ADMIN)) {
			items.add(new NavItem("Partner agencies", "/partnership/agencies", path.startsWith("/partnership/agencies")));
			items.add(new NavItem("Failed sign-ins", "/sign-in-attempts", path.startsWith("/sign-in-attempts")));
		}
		if (RoleGroup.AGREEMENT_READERS.includes(actor.get())) {
			items.add(new NavItem("Partnership agreements", "/partnership/agreements",
					path.startsWith("/partnership/agreements")));
		}
		if (RoleGroup.AUDIT_READERS.includes(actor.get())) {
			items.add(new NavItem("Audit log", "/audit", path.startsWith("/audit")));
		}
		if (actor.get().hasRole(Role.SUPERVISOR)) {
			items.add(new NavItem("Records review", "/records-review", path.startsWith("/records-review")));
		}
		if (RoleGroup.TEAM_MANAGERS.includes(actor.get())) {
			items.add(new NavItem("Teams", "/learning/teams", path.equals("/learning/teams")));
		}
		if (RoleGroup.POLICE_STAFF.includes(actor.get())) {
			items.add(new NavItem("Your learning", "/learning/me", path.startsWith("/learning/me")));
		}
		return items;
	}
}
