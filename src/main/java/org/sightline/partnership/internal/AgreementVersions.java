package org.sightline.partnership.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.sightline.partnership.AgreementRef;
import org.sightline.partnership.AgreementStatus;
import org.sightline.partnership.AgreementVersionView;
import org.sightline.partnership.PartnershipAgreement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores every version of every partnership agreement in the {@code partnership} schema: the YAML
 * as imported and the parsed agreement as JSON. The database refuses to change a published or
 * superseded version (see migration V0007).
 */
@Repository
public class AgreementVersions {

	/** A version as stored, before the publishing policy has looked at it. */
	public record Stored(PartnershipAgreement agreement, String yaml, AgreementVersionView.Step drafted,
			AgreementVersionView.Step edited, Optional<AgreementVersionView.Step> submitted,
			Optional<AgreementVersionView.Step> published, Optional<AgreementVersionView.Step> superseded,
			Optional<AgreementRef> replacedBy) {
	}

	private static final String COLUMNS = """
			agreement_id, version, status, yaml, document::text as document, drafted_by, drafted_at, edited_by,
			edited_at, submitted_by, submitted_at, published_by, published_at, superseded_by, superseded_at, replaced_by
			""";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	AgreementVersions(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public boolean exists(AgreementRef ref) {
		return jdbc.sql("select count(*) from partnership.agreement_version where agreement_id = :id and version = :version")
			.param("id", ref.id())
			.param("version", ref.version())
			.query(Long.class)
			.single() > 0;
	}

	public boolean isEmpty() {
		return jdbc.sql("select not exists (select 1 from partnership.agreement_version)").query(Boolean.class).single();
	}

	/** Inserts a new version; false when that agreement id and version already exist. */
	public boolean insert(PartnershipAgreement agreement, String yaml, AgreementStatus status, String actor, Instant at) {
		boolean published = status == AgreementStatus.PUBLISHED;
		return jdbc.sql("""
				insert into partnership.agreement_version (agreement_id, version, title, status, effective_from, yaml,
				    document, drafted_by, drafted_at, edited_by, edited_at, submitted_by, submitted_at, published_by,
				    published_at)
				values (:id, :version, :title, :status, :effectiveFrom, :yaml, cast(:document as jsonb), :actor, :at,
				    :actor, :at, :submittedBy, :submittedAt, :publishedBy, :publishedAt)
				on conflict (agreement_id, version) do nothing
				""")
			.param("id", agreement.id())
			.param("version", agreement.version())
			.param("title", agreement.title())
			.param("status", status.name())
			.param("effectiveFrom", agreement.effectiveFrom())
			.param("yaml", yaml)
			.param("document", document(agreement))
			.param("actor", actor)
			.param("at", Timestamp.from(at))
			.param("submittedBy", published ? actor : null)
			.param("submittedAt", published ? Timestamp.from(at) : null)
			.param("publishedBy", published ? actor : null)
			.param("publishedAt", published ? Timestamp.from(at) : null)
			.update() == 1;
	}

	/**
	 * Replaces a draft's (or a version in review's) YAML, which may give it a new ref, and makes it a
	 * draft again. False when it is no longer a draft or in review.
	 */
	public boolean replaceDraft(AgreementRef ref, PartnershipAgreement agreement, String yaml, String actor, Instant at) {
		return jdbc.sql("""
				update partnership.agreement_version
				set agreement_id = :newId, version = :newVersion, title = :title, effective_from = :effectiveFrom,
				    yaml = :yaml, document = cast(:document as jsonb), edited_by = :actor, edited_at = :at,
				    status = 'DRAFT', submitted_by = null, submitted_at = null
				where agreement_id = :id and version = :version and status in ('DRAFT', 'IN_REVIEW')
				""")
			.param("id", ref.id())
			.param("version", ref.version())
			.param("newId", agreement.id())
			.param("newVersion", agreement.version())
			.param("title", agreement.title())
			.param("effectiveFrom", agreement.effectiveFrom())
			.param("yaml", yaml)
			.param("document", document(agreement))
			.param("actor", actor)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** DRAFT to IN_REVIEW; false when it was not a draft. */
	public boolean submit(AgreementRef ref, String actor, Instant at) {
		return jdbc.sql("""
				update partnership.agreement_version set status = 'IN_REVIEW', submitted_by = :actor, submitted_at = :at
				where agreement_id = :id and version = :version and status = 'DRAFT'
				""")
			.param("id", ref.id())
			.param("version", ref.version())
			.param("actor", actor)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** The version in force, locked until the end of the transaction, so that two publications queue. */
	public Optional<AgreementRef> lockInForce() {
		return jdbc.sql("""
				select agreement_id, version from partnership.agreement_version where status = 'PUBLISHED' for update
				""")
			.query((rs, n) -> new AgreementRef(rs.getString("agreement_id"), rs.getString("version")))
			.optional();
	}

	public void supersede(AgreementRef ref, AgreementRef replacedBy, String actor, Instant at) {
		int updated = jdbc.sql("""
				update partnership.agreement_version
				set status = 'SUPERSEDED', superseded_by = :actor, superseded_at = :at, replaced_by = :replacedBy
				where agreement_id = :id and version = :version and status = 'PUBLISHED'
				""")
			.param("id", ref.id())
			.param("version", ref.version())
			.param("actor", actor)
			.param("at", Timestamp.from(at))
			.param("replacedBy", replacedBy.toString())
			.update();
		if (updated != 1) {
			throw new IllegalStateException("Agreement " + ref + " was not in force");
		}
	}

	/** IN_REVIEW to PUBLISHED; false when it was not in review. */
	public boolean publish(AgreementRef ref, String actor, Instant at) {
		return jdbc.sql("""
				update partnership.agreement_version set status = 'PUBLISHED', published_by = :actor, published_at = :at
				where agreement_id = :id and version = :version and status = 'IN_REVIEW'
				""")
			.param("id", ref.id())
			.param("version", ref.version())
			.param("actor", actor)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	public Optional<Stored> find(AgreementRef ref) {
		return jdbc.sql("select " + COLUMNS + " from partnership.agreement_version where agreement_id = :id and version = :version")
			.param("id", ref.id())
			.param("version", ref.version())
			.query(this::stored)
			.optional();
	}

	/** Only the ref of the version in force: a one-row index lookup, for checking a cached parse. */
	public Optional<AgreementRef> inForceRef() {
		return jdbc.sql("select agreement_id, version from partnership.agreement_version where status = 'PUBLISHED'")
			.query((rs, n) -> new AgreementRef(rs.getString("agreement_id"), rs.getString("version")))
			.optional();
	}

	public Optional<Stored> inForce() {
		return jdbc.sql("select " + COLUMNS + " from partnership.agreement_version where status = 'PUBLISHED'")
			.query(this::stored)
			.optional();
	}

	/** Every version, newest draft first; or only those with one of {@code statuses}. */
	public List<Stored> all(List<AgreementStatus> statuses) {
		return jdbc.sql("select " + COLUMNS + """
				 from partnership.agreement_version where status in (:statuses)
				order by drafted_at desc, agreement_id, version
				""")
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.query(this::stored)
			.list();
	}

	/** The parsed agreement as JSON, without a status: the status column says where it is in its lifecycle. */
	private String document(PartnershipAgreement agreement) {
		return json.writeValueAsString(new PartnershipAgreement(agreement.id(), agreement.version(), agreement.title(),
				null, agreement.effectiveFrom(), agreement.source(), agreement.escalationRoute(), agreement.clauses()));
	}

	private Stored stored(ResultSet rs, int row) throws SQLException {
		PartnershipAgreement parsed = json.readValue(rs.getString("document"), PartnershipAgreement.class);
		PartnershipAgreement agreement = new PartnershipAgreement(parsed.id(), parsed.version(), parsed.title(),
				AgreementStatus.valueOf(rs.getString("status")), parsed.effectiveFrom(), parsed.source(),
				parsed.escalationRoute(), parsed.clauses());
		String replacedBy = rs.getString("replaced_by");
		return new Stored(agreement, rs.getString("yaml"), step(rs, "drafted").orElseThrow(),
				step(rs, "edited").orElseThrow(), step(rs, "submitted"), step(rs, "published"), step(rs, "superseded"),
				Optional.ofNullable(replacedBy).map(r -> {
					int space = r.indexOf(' ');
					return new AgreementRef(r.substring(0, space), r.substring(space + 1));
				}));
	}

	private static Optional<AgreementVersionView.Step> step(ResultSet rs, String name) throws SQLException {
		String by = rs.getString(name + "_by");
		Timestamp at = rs.getTimestamp(name + "_at");
		return by == null || at == null ? Optional.empty()
				: Optional.of(new AgreementVersionView.Step(by, at.toInstant()));
	}
}
