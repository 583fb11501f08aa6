package com.tasktable.demo;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.tasktable.audit.AuditLog;
import com.tasktable.compliance.Period;
import com.tasktable.records.Decision;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the demo's records with their review histories, ratings and exemptions in JDBC
 * batches: tens of thousands in seconds, inside the loader's transaction, with one audit
 * entry for the whole seed. It goes around the records' and review's rules on purpose
 * (the generator makes only records they would accept, and a start-up cannot afford one
 * statement per record), so it is package-private: nothing but the demo loader can write
 * this way.
 */
@Component
class DemoSeeder {

	private static final String INSERT = """
			insert into activity_record (id, obligation_id, unit_id, activity_date, title, outlet, coverage_category,
			                             state, created_by, created_at, updated_at, version)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	/** Identities for a batch, taken from the column's own sequence. */
	private static final String NEXT_IDS = """
			select nextval(pg_get_serial_sequence('activity_record', 'id')) from generate_series(1, ?)
			""";

	private static final String INSERT_DECISION = """
			insert into record_decision (record_id, action, reason, record_version, decided_by, decided_at)
			values (?, ?, ?, ?, ?, ?)
			""";

	private static final String INSERT_RATING = """
			insert into rating (unit_id, obligation_id, frequency, period_start, period_end, score, comment, rated_by,
			                    rated_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private static final String INSERT_EXEMPTION = """
			insert into exemption (unit_id, obligation_id, frequency, period_start, period_end, reason, granted_by,
			                       granted_at)
			values (?, ?, ?, ?, ?, ?, ?, ?)
			""";

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	DemoSeeder(JdbcTemplate jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Writes the records with their identities taken first, so that their review
	 * histories can follow in a batch of their own.
	 * @return the number of returns in the histories
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	int insert(List<SeedRecord> records) {
		if (records.isEmpty()) {
			return 0;
		}
		var ids = this.jdbc.queryForList(NEXT_IDS, Long.class, records.size());
		this.jdbc.batchUpdate(INSERT, indexes(records.size()), 1000, (ps, i) -> {
			var r = records.get(i);
			ps.setLong(1, ids.get(i));
			ps.setLong(2, r.obligationId());
			ps.setLong(3, r.unitId());
			ps.setDate(4, Date.valueOf(r.activityDate()));
			ps.setString(5, r.title());
			ps.setString(6, r.outlet());
			ps.setString(7, r.coverageCategory());
			ps.setString(8, r.review().state().name());
			ps.setLong(9, r.createdBy());
			ps.setTimestamp(10, Timestamp.from(r.createdAt()));
			ps.setTimestamp(11, Timestamp.from(r.review().updatedAt()));
			ps.setLong(12, r.review().version());
		});
		List<Long> decided = new ArrayList<>();
		List<SeedReview.Step> steps = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			for (var step : records.get(i).review().decisions()) {
				decided.add(ids.get(i));
				steps.add(step);
			}
		}
		this.jdbc.batchUpdate(INSERT_DECISION, indexes(steps.size()), 1000, (ps, i) -> {
			var step = steps.get(i);
			ps.setLong(1, decided.get(i));
			ps.setString(2, step.action().name());
			ps.setString(3, step.reason());
			ps.setLong(4, step.recordVersion());
			ps.setLong(5, step.decidedBy());
			ps.setTimestamp(6, Timestamp.from(step.decidedAt()));
		});
		return (int) steps.stream().filter(s -> s.action() == Decision.RETURNED).count();
	}

	/** Writes the reviewer's exemptions in one batch. */
	@Transactional(propagation = Propagation.MANDATORY)
	void insertExemptions(List<SeedExemption> exemptions) {
		this.jdbc.batchUpdate(INSERT_EXEMPTION, exemptions, 1000, (ps, e) -> {
			setUnitPeriod(ps, e.unitId(), e.obligationId(), e.period());
			ps.setString(6, e.reason());
			ps.setLong(7, e.grantedBy());
			ps.setTimestamp(8, Timestamp.from(e.grantedAt()));
		});
	}

	/** Writes ratings of ASSESSMENT obligations (row 4) in one batch. */
	@Transactional(propagation = Propagation.MANDATORY)
	void insertRatings(List<SeedRating> ratings) {
		this.jdbc.batchUpdate(INSERT_RATING, ratings, 1000, (ps, r) -> {
			setUnitPeriod(ps, r.unitId(), r.obligationId(), r.period());
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
	void audit(Long rootUnitId, List<String> campaigns, int records, int ratings, int returns, int exemptions) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("campaigns", campaigns);
		details.put("records", records);
		details.put("ratings", ratings);
		details.put("returns", returns);
		details.put("exemptions", exemptions);
		this.audit.record("system", rootUnitId, "DEMO_DATA_SEEDED", "unit", rootUnitId, details);
	}

	/** The first five parameters of a rating or an exemption: whose, on what, when. */
	private static void setUnitPeriod(PreparedStatement ps, Long unitId, Long obligationId, Period period)
			throws SQLException {
		ps.setLong(1, unitId);
		ps.setLong(2, obligationId);
		ps.setString(3, period.frequency().name());
		ps.setDate(4, Date.valueOf(period.start()));
		ps.setDate(5, Date.valueOf(period.end()));
	}

	private static List<Integer> indexes(int size) {
		return IntStream.range(0, size).boxed().toList();
	}

}
