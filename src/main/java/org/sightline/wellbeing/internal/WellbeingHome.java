package org.sightline.wellbeing.internal;

import org.sightline.shared.Actor;
import org.sightline.shared.Role;
import org.sightline.shared.RoleGroup;
import org.sightline.ui.HomeSection;
import org.springframework.stereotype.Component;

/**
 * The wellbeing links on the home page: everyone on the police side reads their own; a wellbeing
 * lead reads their team's. Links only: the home page reads no wellbeing data, so opening it puts
 * nothing about anyone's health in front of anyone looking over a shoulder.
 */
@Component
public class WellbeingHome implements HomeSection {

	record Model(boolean lead) {
	}

	@Override
	public boolean isFor(Actor actor) {
		return RoleGroup.POLICE_STAFF.includes(actor);
	}

	@Override
	public String fragment() {
		return "wellbeing/home :: section";
	}

	@Override
	public Object model(Actor actor) {
		return new Model(actor.hasRole(Role.WELLBEING_LEAD));
	}
}
