package com.tasktable.review;

import java.sql.Array;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.Period;
import com.tasktable.records.CountingRecord;
import com.tasktable.records.RecordState;
import com.tasktable.units.UnitScope;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records behind a dashboard, read in one statement for any number of units and
 * obligations: every counting record (approved or pending) of the units inside the scope,
 * for the given obligations and activity dates.
 */
@Service
@Transactional(readOnly = true)
public class RecordFacts {

	/**
	 * The records, the exemptions and the ratings of the same units and obligations in
	 * one statement: {@code kind} R, E or G tells the rows apart. Each obligation reads
	 * the records of its own dates (a window per obligation): a quarter's monthly or
	 * daily obligation reads its quarter, a yearly one its year, instead of every
	 * obligation reading the widest range (a year of daily updates for any quarter).
	 */
	private static final String SHEET = """
			select 'R' as kind, r.unit_id, r.obligation_id, r.activity_date as d1,
			       (r.created_at at time zone ?)::date as d2, r.state as s, r.value, r.coverage_category as c,
			       null::integer as score
			from unnest(?::bigint[], ?::date[], ?::date[]) as w (obligation_id, from_date, to_date)
			join activity_record r on r.obligation_id = w.obligation_id
			     and r.activity_date between w.from_date and w.to_date
			join unit u on u.id = r.unit_id
			where u.path like ? and r.state in ('APPROVED', 'PENDING')
			union all
			select 'E', e.unit_id, e.obligation_id, e.period_start, e.period_end, e.frequency, null, null, null
			from exemption e
			join unit u on u.id = e.unit_id
			where u.path like ? and e.obligation_id = any (?)
			union all
			select 'G', g.unit_id, g.obligation_id, g.period_start, g.period_end, g.frequency, null, null, g.score
			from rating g
			join unit u on u.id = g.unit_id
			where u.path like ? and g.obligation_id = any (?)
			""";

	private final JdbcTemplate jdbc;

	RecordFacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One obligation's activity dates to read.
	 *
	 * @param obligationId the obligation
	 * @param from first activity date
	 * @param to last activity date
	 */
	public record Window(long obligationId, LocalDate from, LocalDate to) {
	}

	/**
	 * Everything the engine reads about the units in the scope, in one statement: the
	 * counting records (approved or pending) of each obligation's own activity dates, and
	 * every exemption and rating of the obligations.
	 */
	public FactRows sheet(UnitScope scope, List<Window> windows, ZoneId zone) {
		if (windows.isEmpty()) {
			return new FactRows(List.of(), List.of(), List.of());
		}
		List<CountingRecord> records = new ArrayList<>();
		List<DecidedPeriod> exemptions = new ArrayList<>();
		List<DecidedPeriod> ratings = new ArrayList<>();
		this.jdbc.query(connection -> {
			var statement = connection.prepareStatement(SHEET);
			Array ids = connection.createArrayOf("bigint", windows.stream().map(Window::obligationId).toArray());
			statement.setString(1, zone.getId());
			statement.setArray(2, ids);
			statement.setArray(3, connection.createArrayOf("date", windows.stream().map(Window::from).toArray()));
			statement.setArray(4, connection.createArrayOf("date", windows.stream().map(Window::to).toArray()));
			statement.setString(5, scope.pathPattern());
			statement.setString(6, scope.pathPattern());
			statement.setArray(7, ids);
			statement.setString(8, scope.pathPattern());
			statement.setArray(9, ids);
			return statement;
		}, rs -> {
			var kind = rs.getString(1);
			long unitId = rs.getLong(2);
			long obligationId = rs.getLong(3);
			// LocalDate straight from the driver: java.sql.Date goes through a Calendar
			// for every row (a fifth of the dashboard's CPU on 70,000 rows)
			var d1 = rs.getObject(4, LocalDate.class);
			var d2 = rs.getObject(5, LocalDate.class);
			if ("R".equals(kind)) {
				records.add(new CountingRecord(unitId, obligationId, d1, d2, RecordState.valueOf(rs.getString(6)),
						rs.getBigDecimal(7), rs.getString(8)));
			}
			else {
				var period = new Period(Frequency.valueOf(rs.getString(6)), d1, d2);
				var score = rs.getObject(9, Integer.class);
				("E".equals(kind) ? exemptions : ratings).add(new DecidedPeriod(unitId, obligationId, period, score));
			}
		});
		return new FactRows(records, exemptions, ratings);
	}

	/**
	 * What {@link #sheet} read.
	 *
	 * @param records counting records (approved or pending)
	 * @param exemptions exempted periods
	 * @param ratings rated periods, with their score
	 */
	public record FactRows(List<CountingRecord> records, List<DecidedPeriod> exemptions, List<DecidedPeriod> ratings) {
	}

	/**
	 * A reviewer's decision about one unit, obligation and period.
	 *
	 * @param unitId the unit
	 * @param obligationId the obligation
	 * @param period the period
	 * @param score the rating, null for an exemption
	 */
	public record DecidedPeriod(long unitId, long obligationId, Period period, Integer score) {
	}

}
