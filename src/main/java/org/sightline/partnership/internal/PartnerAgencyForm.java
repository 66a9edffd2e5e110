package org.sightline.partnership.internal;

import java.util.ArrayList;
import java.util.List;

import org.sightline.partnership.ContactRoute;
import org.sightline.partnership.ContactRouteKind;
import org.sightline.partnership.PartnerAgency;
import org.sightline.partnership.UpdatePartnerAgency;
import org.sightline.shared.Agency;
import org.sightline.shared.Violations;

/**
 * The page to edit a partner agency, as typed, so that a rejected form comes back as the user
 * left it. Contact route rows left blank are ignored.
 */
public class PartnerAgencyForm {

	static final int BLANK_ROUTES = 2;

	private int revision;
	private String name;
	private String workingHours;
	private String outOfHours;
	private List<RouteForm> contactRoutes = new ArrayList<>();

	public static class RouteForm {

		private String kind;
		private String value;
		private String hours;

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getValue() {
			return value;
		}

		public void setValue(String value) {
			this.value = value;
		}

		public String getHours() {
			return hours;
		}

		public void setHours(String hours) {
			this.hours = hours;
		}

		boolean isBlank() {
			return blank(kind) && blank(value) && blank(hours);
		}
	}

	static PartnerAgencyForm from(PartnerAgency agency) {
		var form = new PartnerAgencyForm();
		form.revision = agency.revision();
		form.name = agency.name();
		form.workingHours = agency.workingHours();
		form.outOfHours = agency.outOfHours();
		for (ContactRoute route : agency.contactRoutes()) {
			var row = new RouteForm();
			row.kind = route.kind().name();
			row.value = route.value();
			row.hours = route.hours();
			form.contactRoutes.add(row);
		}
		return form.withBlankRoutes();
	}

	/** Adds empty rows so that there is room for new contact routes. */
	PartnerAgencyForm withBlankRoutes() {
		long blank = contactRoutes.stream().filter(RouteForm::isBlank).count();
		for (long i = blank; i < BLANK_ROUTES; i++) {
			contactRoutes.add(new RouteForm());
		}
		return this;
	}

	/**
	 * The command, with problems the facade cannot see (a route without a kind) in {@code problems}.
	 * Route fields are named by their row on this form, which is the row in the command once blank
	 * rows before it are dropped; blank rows are therefore moved to the end first.
	 */
	UpdatePartnerAgency toCommand(Agency agency, Violations problems) {
		List<RouteForm> filled = new ArrayList<>(contactRoutes.stream().filter(r -> !r.isBlank()).toList());
		contactRoutes = filled;
		List<ContactRoute> routes = new ArrayList<>();
		for (int i = 0; i < filled.size(); i++) {
			RouteForm row = filled.get(i);
			ContactRouteKind kind = null;
			for (ContactRouteKind k : ContactRouteKind.values()) {
				if (k.name().equals(row.kind)) {
					kind = k;
				}
			}
			if (kind == null) {
				problems.add("contactRoutes[" + i + "].kind", "Choose how to contact them for contact route " + (i + 1));
				kind = ContactRouteKind.PHONE;
			}
			routes.add(new ContactRoute(kind, row.value == null ? "" : row.value, row.hours));
		}
		return new UpdatePartnerAgency(agency, revision, name, routes, workingHours, outOfHours);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public int getRevision() {
		return revision;
	}

	public void setRevision(int revision) {
		this.revision = revision;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getWorkingHours() {
		return workingHours;
	}

	public void setWorkingHours(String workingHours) {
		this.workingHours = workingHours;
	}

	public String getOutOfHours() {
		return outOfHours;
	}

	public void setOutOfHours(String outOfHours) {
		this.outOfHours = outOfHours;
	}

	public List<RouteForm> getContactRoutes() {
		return contactRoutes;
	}

	public void setContactRoutes(List<RouteForm> contactRoutes) {
		this.contactRoutes = contactRoutes;
	}
}
