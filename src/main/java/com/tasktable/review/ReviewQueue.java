package com.tasktable.review;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.tasktable.campaigns.CampaignRevisions;
import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.records.RecordQueries;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;
import com.tasktable.users.Role;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer's queue: the pending records of the units directly below the reviewer's own
 * (a region reviewer reviews its cities, a city reviewer its counties), oldest first (by
 * the time they were logged or last resubmitted). One statement, whatever the number of
 * units.
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueue {

	/** Enough for a screen; a reviewer narrows with the filters. */
	public static final int LIMIT = 500;

	/** Records on one page of the reviewer's queue. */
	public static final int PAGE_SIZE = 50;

	private final JdbcTemplate jdbc;

	private final Campaigns campaigns;

	private final Units units;

	private final Clock clock;

	private final CampaignRevisions revisions;

	/** Pending counts by reviewing unit and the newest revision they were counted at. */
	private final Cache<BadgeKey, Long> badges = Caffeine.newBuilder()
		.maximumSize(1000)
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	private final RecordQueries records;

	ReviewQueue(JdbcTemplate jdbc, Campaigns campaigns, Units units, Clock clock, CampaignRevisions revisions,
			RecordQueries records) {
		this.revisions = revisions;
		this.records = records;
		this.jdbc = jdbc;
		this.campaigns = campaigns;
		this.units = units;
		this.clock = clock;
	}

	/** Pending records waiting for this reviewer: the navigation's badge. */
	public long pendingCount(CurrentUser reviewer) {
		if (reviewer == null || !reviewer.hasRole(Role.REVIEWER)) {
			return 0;
		}
		// on every page a reviewer opens: counted again only when a record changed
		// somewhere (the newest campaign revision moved), else one read of a tiny table
		var latest = this.revisions.latest();
		var key = new BadgeKey(reviewer.unit().id(), latest);
		return this.badges.get(key, (k) -> {
			Long count = this.jdbc.queryForObject("""
					select count(*) from activity_record r join unit u on u.id = r.unit_id
					where r.state = 'PENDING' and u.parent_id = ?""", Long.class, k.unitId());
			return (count != null) ? count : 0L;
		});
	}

	/** The queue, oldest first, narrowed by the filter (a unit outside it: not found). */
	public List<QueueRow> queue(CurrentUser reviewer, QueueFilter filter) {
		return fetch(reviewer, filter, LIMIT, 0).rows();
	}

	/**
	 * One page of {@value #PAGE_SIZE} of the filtered queue, oldest first, with the
	 * number of records it holds in all.
	 */
	public QueuePage page(CurrentUser reviewer, QueueFilter filter, int page) {
		int number = Math.max(0, page);
		var found = fetch(reviewer, filter, PAGE_SIZE, number * PAGE_SIZE);
		var evidence = this.records.evidenceOf(reviewer.scope(), found.rows().stream().map(QueueRow::id).toList());
		return new QueuePage(found.rows(), found.total(), number, PAGE_SIZE, evidence);
	}

	/**
	 * The first {@code limit} records of the filtered queue, oldest first, with the
	 * number it holds in all (which may be more); no evidence.
	 */
	public QueuePage upTo(CurrentUser reviewer, QueueFilter filter, int limit) {
		var found = fetch(reviewer, filter, limit, 0);
		return new QueuePage(found.rows(), found.total(), 0, limit, Map.of());
	}

	/**
	 * The record to open after this one is decided: the one after it in the filtered
	 * queue, else the oldest other one; null when it was the last.
	 */
	public Long nextAfter(CurrentUser reviewer, QueueFilter filter, Long id) {
		var rows = queue(reviewer, filter);
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).id().equals(id)) {
				return (i + 1 < rows.size()) ? rows.get(i + 1).id() : (i > 0) ? rows.get(0).id() : null;
			}
		}
		return rows.isEmpty() ? null : rows.get(0).id();
	}

	private Found fetch(CurrentUser reviewer, QueueFilter filter, int limit, int offset) {
		if (!reviewer.hasRole(Role.REVIEWER)) {
			return new Found(List.of(), 0);
		}
		var scope = reviewer.scope();
		Map<Long, UnitView> reviewed = new HashMap<>();
		for (var unit : this.units.within(scope)) {
			if (reviewer.unit().id().equals(unit.parentId())) {
				reviewed.put(unit.id(), unit);
			}
		}
		Map<Long, ObligationView> obligations = new HashMap<>();
		Map<Long, CampaignView> campaignsById = new HashMap<>();
		for (var campaign : this.campaigns.visibleTo(scope)) {
			campaignsById.put(campaign.id(), campaign);
			for (var o : this.campaigns.taskTable(scope, campaign.code(), campaign.endDate())) {
				obligations.put(o.id(), o);
			}
		}
		StringBuilder sql = new StringBuilder("""
				select r.id, r.version, r.unit_id, r.obligation_id, r.activity_date, r.title, r.updated_at,
				       exists (select 1 from record_decision d where d.record_id = r.id and d.action = 'RESUBMITTED'),
				       count(*) over ()
				from activity_record r join unit u on u.id = r.unit_id
				where r.state = 'PENDING' and u.parent_id = ?""");
		List<Object> args = new ArrayList<>();
		args.add(reviewer.unit().id());
		if (filter.unitCode() != null) {
			var unit = this.units.get(scope, filter.unitCode());
			sql.append(" and r.unit_id = ?");
			args.add(unit.id());
		}
		if (filter.obligationCode() != null) {
			var ids = obligations.values()
				.stream()
				.filter(o -> o.code().equalsIgnoreCase(filter.obligationCode()))
				.map(ObligationView::id)
				.toArray(Long[]::new);
			sql.append(" and r.obligation_id = any (?)");
			args.add(ids);
		}
		if (filter.from() != null) {
			sql.append(" and r.activity_date >= ?");
			args.add(Date.valueOf(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" and r.activity_date <= ?");
			args.add(Date.valueOf(filter.to()));
		}
		var now = Instant.now(this.clock);
		if (filter.minDays() != null && filter.minDays() > 0) {
			sql.append(" and r.updated_at <= ?");
			args.add(Timestamp.from(now.minus(Duration.ofDays(filter.minDays()))));
		}
		sql.append(" order by r.updated_at, r.id limit ").append(limit).append(" offset ").append(offset);
		long[] total = { 0 };
		var rows = this.jdbc.query(connection -> {
			var statement = connection.prepareStatement(sql.toString());
			for (int i = 0; i < args.size(); i++) {
				var arg = args.get(i);
				if (arg instanceof Long[] ids) {
					statement.setArray(i + 1, connection.createArrayOf("bigint", ids));
				}
				else {
					statement.setObject(i + 1, arg);
				}
			}
			return statement;
		}, (rs, n) -> {
			total[0] = rs.getLong(9);
			var obligation = obligations.get(rs.getLong(4));
			var unit = reviewed.get(rs.getLong(3));
			if (obligation == null || unit == null) {
				return null;
			}
			ZoneId zone = campaignsById.get(obligation.campaignId()).timeZone();
			var waiting = rs.getTimestamp(7).toInstant();
			var date = rs.getDate(5).toLocalDate();
			return new QueueRow(rs.getLong(1), rs.getLong(2), unit, campaignsById.get(obligation.campaignId()).code(),
					obligation, date, rs.getString(6), waiting.atZone(zone), Duration.between(waiting, now).toDays(),
					rs.getBoolean(8));
		}).stream().filter(Objects::nonNull).toList();
		if (rows.isEmpty() && offset > 0) {
			// past the last page: the number in all is still worth telling
			return new Found(rows, fetch(reviewer, filter, 1, 0).total());
		}
		return new Found(rows, total[0]);
	}

	/**
	 * The pending records of the units directly below the reviewer's whose obligation and
	 * activity date fall in one of the windows (what a bulletin about to be published
	 * would not count yet). One statement.
	 */
	public long pendingWithin(CurrentUser reviewer, List<PendingWindow> windows) {
		if (windows.isEmpty()) {
			return 0;
		}
		var ids = windows.stream().map(PendingWindow::obligationId).toArray(Long[]::new);
		var from = windows.stream().map(w -> Date.valueOf(w.from())).toArray(Date[]::new);
		var to = windows.stream().map(w -> Date.valueOf(w.to())).toArray(Date[]::new);
		Long count = this.jdbc.query(connection -> {
			var statement = connection.prepareStatement("""
					select count(*) from activity_record r join unit u on u.id = r.unit_id
					join unnest(?, ?, ?) as w(obligation_id, first_day, last_day)
					  on w.obligation_id = r.obligation_id and r.activity_date between w.first_day and w.last_day
					where r.state = 'PENDING' and u.parent_id = ?""");
			statement.setArray(1, connection.createArrayOf("bigint", ids));
			statement.setArray(2, connection.createArrayOf("date", from));
			statement.setArray(3, connection.createArrayOf("date", to));
			statement.setLong(4, reviewer.unit().id());
			return statement;
		}, (rs) -> rs.next() ? rs.getLong(1) : 0L);
		return (count != null) ? count : 0;
	}

	private record BadgeKey(long unitId, long revision) {
	}

	private record Found(List<QueueRow> rows, long total) {
	}

}
