package org.sightline.partnership.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sightline.partnership.ContactRoute;
import org.sightline.partnership.ContactRouteKind;
import org.sightline.partnership.PartnerAgency;
import org.sightline.partnership.UpdatePartnerAgency;
import org.sightline.shared.Agency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores partner agencies and their contact routes in the {@code partnership} schema. */
@Repository
public class Partners {

	private final JdbcClient jdbc;

	Partners(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the agency unless one is already stored for its code; true when it was inserted. */
	public boolean insertIfAbsent(PartnerAgency agency) {
		int inserted = jdbc.sql("""
				insert into partnership.partner_agency (agency_code, name, working_hours, out_of_hours, revision,
				    updated_by, updated_at)
				values (:code, :name, :workingHours, :outOfHours, 1, :updatedBy, :updatedAt)
				on conflict (agency_code) do nothing
				""")
			.param("code", agency.agency().name())
			.param("name", agency.name())
			.param("workingHours", agency.workingHours())
			.param("outOfHours", agency.outOfHours())
			.param("updatedBy", agency.updatedBy())
			.param("updatedAt", Timestamp.from(agency.updatedAt()))
			.update();
		if (inserted == 1) {
			insertRoutes(agency.agency(), agency.contactRoutes());
		}
		return inserted == 1;
	}

	/** Replaces the agency's details and routes; false when its revision is no longer {@code revision}. */
	public boolean update(UpdatePartnerAgency command, String updatedBy, Instant updatedAt) {
		int updated = jdbc.sql("""
				update partnership.partner_agency
				set name = :name, working_hours = :workingHours, out_of_hours = :outOfHours, revision = revision + 1,
				    updated_by = :updatedBy, updated_at = :updatedAt
				where agency_code = :code and revision = :revision
				""")
			.param("code", command.agency().name())
			.param("revision", command.revision())
			.param("name", command.name())
			.param("workingHours", command.workingHours())
			.param("outOfHours", command.outOfHours())
			.param("updatedBy", updatedBy)
			.param("updatedAt", Timestamp.from(updatedAt))
			.update();
		if (updated == 0) {
			return false;
		}
		jdbc.sql("delete from partnership.contact_route where agency_code = :code")
			.param("code", command.agency().name())
			.update();
		insertRoutes(command.agency(), command.contactRoutes());
		return true;
	}

	public Optional<PartnerAgency> find(Agency agency) {
		List<ContactRoute> routes = jdbc
			.sql("select kind, value, hours from partnership.contact_route where agency_code = :code order by position")
			.param("code", agency.name())
			.query((rs, n) -> route(rs))
			.list();
		return jdbc.sql("select * from partnership.partner_agency where agency_code = :code")
			.param("code", agency.name())
			.query((rs, n) -> agency(rs, routes))
			.optional();
	}

	/** Every stored agency, in the order of the agency codes. Codes stored by a later release are skipped. */
	public List<PartnerAgency> all() {
		Map<String, List<ContactRoute>> routes = new HashMap<>();
		jdbc.sql("select agency_code, kind, value, hours from partnership.contact_route order by agency_code, position")
			.query(rs -> {
				routes.computeIfAbsent(rs.getString("agency_code"), k -> new ArrayList<>()).add(route(rs));
			});
		return jdbc.sql("select * from partnership.partner_agency")
			.query((rs, n) -> isKnown(rs.getString("agency_code"))
					? agency(rs, routes.getOrDefault(rs.getString("agency_code"), List.of())) : null)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.sorted(Comparator.comparing(PartnerAgency::agency))
			.toList();
	}

	private void insertRoutes(Agency agency, List<ContactRoute> routes) {
		int position = 0;
		for (ContactRoute route : routes) {
			jdbc.sql("""
					insert into partnership.contact_route (agency_code, position, kind, value, hours)
					values (:code, :position, :kind, :value, :hours)
					""")
				.param("code", agency.name())
				.param("position", position++)
				.param("kind", route.kind().name())
				.param("value", route.value())
				.param("hours", route.hours())
				.update();
		}
	}

	private static boolean isKnown(String code) {
		return java.util.Arrays.stream(Agency.values()).anyMatch(a -> a.name().equals(code));
	}

	private static ContactRoute route(ResultSet rs) throws SQLException {
		return new ContactRoute(ContactRouteKind.valueOf(rs.getString("kind")), rs.getString("value"),
				rs.getString("hours"));
	}

	private static PartnerAgency agency(ResultSet rs, List<ContactRoute> routes) throws SQLException {
		return new PartnerAgency(Agency.valueOf(rs.getString("agency_code")), rs.getString("name"), routes,
				rs.getString("working_hours"), rs.getString("out_of_hours"), rs.getInt("revision"),
				rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
	}
}
