package org.sightline.referral.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.sightline.shared.Agency;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The questions to the referrer and their answers, stored in {@code referral.question}: append-only. */
@Repository
public class ReferralQuestions {

	private final JdbcClient jdbc;

	ReferralQuestions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(UUID referralId, ReferralQuestion.Side side, String author, String authorName, Agency agency, String text,
			java.time.Instant at) {
		return jdbc.sql("""
				insert into referral.question (referral_id, side, author, author_name, agency, body, at)
				values (:referralId, :side, :author, :authorName, :agency, :body, :at)
				returning id
				""")
			.param("referralId", referralId)
			.param("side", side.name())
			.param("author", author)
			.param("authorName", authorName)
			.param("agency", agency.name())
			.param("body", text)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	/** The thread of one referral, oldest first. */
	List<ReferralQuestion> of(UUID referralId) {
		return jdbc.sql("select * from referral.question where referral_id = :id order by id")
			.param("id", referralId)
			.query((rs, n) -> new ReferralQuestion(rs.getLong("id"), ReferralQuestion.Side.valueOf(rs.getString("side")),
					rs.getString("author_name"), Agency.valueOf(rs.getString("agency")), rs.getString("body"),
					rs.getTimestamp("at").toInstant()))
			.list();
	}

	long count(UUID referralId) {
		return jdbc.sql("select count(*) from referral.question where referral_id = :id")
			.param("id", referralId)
			.query(Long.class)
			.single();
	}
}
