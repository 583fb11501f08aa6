package com.tasktable.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.audit.AuditLog;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the demo's records, ratings and returns in JDBC batches: tens of thousands in
 * seconds, inside the loader's transaction, with one audit entry for the whole seed. It
 * goes around the records' and review's rules on purpose (the generator makes only
 * records they would accept, and a start-up cannot afford one statement per record), so
 * it is package-private: nothing but the demo loader can write this way.
 */
@Component
class DemoSeeder {

	private static final String INSERT = """
			insert into activity_record (obligation_id, unit_id, activity_date, title, outlet, coverage_category, state,
			                             created_by, created_at, updated_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private static final String INSERT_RATING = """
			insert into rating (unit_id, obligation_id, frequency, period_start, period_end, score, comment, rated_by,
			                    rated_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	/**
	 * A return always says why: every returned record without a decision gets one from
	 * the reviewer, with one of the reasons (by record id), when it was last changed.
	 */
	private static final String INSERT_RETURNS = """
			insert into record_decision (record_id, action, reason, record_version, decided_by, decided_at)
			select r.id, 'RETURNED', (?::text[])[1 + (r.id % cardinality(?::text[]))], r.version, ?, r.updated_at
			from activity_record r
			where r.state = 'RETURNED' and not exists (select 1 from record_decision d where d.record_id = r.id)
			""";

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	DemoSeeder(JdbcTemplate jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void insert(List<SeedRecord> records) {
		this.jdbc.batchUpdate(INSERT, records, 1000, (ps, r) -> {
			ps.setLong(1, r.obligationId());
			ps.setLong(2, r.unitId());
			ps.setDate(3, Date.valueOf(r.activityDate()));
			ps.setString(4, r.title());
			ps.setString(5, r.outlet());
			ps.setString(6, r.coverageCategory());
			ps.setString(7, r.state().name());
			ps.setLong(8, r.createdBy());
			ps.setTimestamp(9, Timestamp.from(r.createdAt()));
			ps.setTimestamp(10, Timestamp.from(r.createdAt()));
		});
	}

	/** Gives every returned record without a decision its return, with a reason. */
	@Transactional(propagation = Propagation.MANDATORY)
	int insertReturns(long reviewerId, List<String> reasons) {
		return this.jdbc.update(connection -> {
			var statement = connection.prepareStatement(INSERT_RETURNS);
			var array = connection.createArrayOf("text", reasons.toArray());
			statement.setArray(1, array);
			statement.setArray(2, array);
			statement.setLong(3, reviewerId);
			return statement;
		});
	}

	/** Writes ratings of ASSESSMENT obligations (row 4) in one batch. */
	@Transactional(propagation = Propagation.MANDATORY)
	void insertRatings(List<SeedRating> ratings) {
		this.jdbc.batchUpdate(INSERT_RATING, ratings, 1000, (ps, r) -> {
			ps.setLong(1, r.unitId());
			ps.setLong(2, r.obligationId());
			ps.setString(3, r.period().frequency().name());
			ps.setDate(4, Date.valueOf(r.period().start()));
			ps.setDate(5, Date.valueOf(r.period().end()));
			ps.setInt(6, r.score());
			ps.setString(7, r.comment());
			ps.setLong(8, r.ratedBy());
			ps.setTimestamp(9, Timestamp.from(r.ratedAt()));
		});
	}

	/**
	 * The seed's one audit entry, by "system" on the demo's root unit: what was written
	 * for which campaigns.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void audit(Long rootUnitId, List<String> campaigns, int records, int ratings, int returns) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("campaigns", campaigns);
		details.put("records", records);
		details.put("ratings", ratings);
		details.put("returns", returns);
		this.audit.record("system", rootUnitId, "DEMO_DATA_SEEDED", "unit", rootUnitId, details);
	}

}
