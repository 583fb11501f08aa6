package com.tasktable.directives;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.tasktable.units.UnitScope;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every directive assignment of a campaign for the units inside a scope, in one
 * statement: what the compliance engine needs to judge a DIRECTIVE obligation (deadline,
 * day done).
 */
@Service
@Transactional(readOnly = true)
public class DirectiveFacts {

	private static final String QUERY = """
			select a.unit_id, d.obligation_id, d.deadline, (a.done_at at time zone ?)::date as done_on
			from directive_assignment a
			join directive d on d.id = a.directive_id
			join unit u on u.id = a.unit_id
			where d.campaign_id = ? and d.obligation_id is not null and u.path like ?
			""";

	private final JdbcTemplate jdbc;

	DirectiveFacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Assigned> within(UnitScope scope, Long campaignId, ZoneId zone) {
		return this.jdbc.query(QUERY, (rs, row) -> {
			Date doneOn = rs.getDate(4);
			return new Assigned(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(),
					(doneOn != null) ? doneOn.toLocalDate() : null);
		}, zone.getId(), campaignId, scope.pathPattern());
	}

	/**
	 * One unit's assignment of a directive.
	 *
	 * @param unitId the unit
	 * @param obligationId the DIRECTIVE obligation it counts for
	 * @param deadline the last day it is on time (in the campaign's zone)
	 * @param doneOn the day it was marked done, null while open
	 */
	public record Assigned(long unitId, long obligationId, LocalDate deadline, LocalDate doneOn) {
	}

}
