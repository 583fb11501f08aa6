package com.tasktable.records;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

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

	private static final String QUERY = """
			select r.unit_id, r.obligation_id, r.activity_date,
			       (r.created_at at time zone ?)::date as logged_on, r.state, r.value, r.coverage_category
			from activity_record r
			join unit u on u.id = r.unit_id
			where u.path like ? and r.obligation_id = any (?) and r.activity_date between ? and ?
			  and r.state in ('APPROVED', 'PENDING')
			""";

	/**
	 * The same rows, with a date range of its own per obligation: a quarter's monthly or
	 * daily obligation reads its quarter, a yearly one its year, instead of every
	 * obligation reading the widest range (a year of daily updates for any quarter).
	 */
	private static final String PER_OBLIGATION = """
			select r.unit_id, r.obligation_id, r.activity_date,
			       (r.created_at at time zone ?)::date as logged_on, r.state, r.value, r.coverage_category
			from unnest(?::bigint[], ?::date[], ?::date[]) as w (obligation_id, from_date, to_date)
			join activity_record r on r.obligation_id = w.obligation_id
			     and r.activity_date between w.from_date and w.to_date
			join unit u on u.id = r.unit_id
			where u.path like ? and r.state in ('APPROVED', 'PENDING')
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

	/** One statement for any number of obligations, each with its own dates. */
	public List<CountingRecord> within(UnitScope scope, Collection<Window> windows, ZoneId zone) {
		if (windows.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query(connection -> {
			var statement = connection.prepareStatement(PER_OBLIGATION);
			statement.setString(1, zone.getId());
			statement.setArray(2,
					connection.createArrayOf("bigint", windows.stream().map(Window::obligationId).toArray()));
			statement.setArray(3, connection.createArrayOf("date", windows.stream().map(Window::from).toArray()));
			statement.setArray(4, connection.createArrayOf("date", windows.stream().map(Window::to).toArray()));
			statement.setString(5, scope.pathPattern());
			return statement;
		}, RecordFacts::countingRecord);
	}

	public List<CountingRecord> within(UnitScope scope, Collection<Long> obligationIds, LocalDate from, LocalDate to,
			ZoneId zone) {
		if (obligationIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query(connection -> {
			var statement = connection.prepareStatement(QUERY);
			Array ids = connection.createArrayOf("bigint", obligationIds.toArray());
			statement.setString(1, zone.getId());
			statement.setString(2, scope.pathPattern());
			statement.setArray(3, ids);
			statement.setObject(4, from);
			statement.setObject(5, to);
			return statement;
		}, RecordFacts::countingRecord);
	}

	private static CountingRecord countingRecord(ResultSet rs, int row) throws SQLException {
		// LocalDate straight from the driver: java.sql.Date goes through a Calendar for
		// every row (a fifth of the dashboard's CPU on 70,000 rows)
		return new CountingRecord(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
				rs.getObject(4, LocalDate.class), RecordState.valueOf(rs.getString(5)), rs.getBigDecimal(6),
				rs.getString(7));
	}

}
