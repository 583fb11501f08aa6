package com.tasktable.records;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.tasktable.audit.AuditLog;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.platform.NotFoundException;
import com.tasktable.users.CurrentUser;
import com.tasktable.users.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily activity ("Weibo and WeChat updated every day") as one month grid: one record per
 * day with an update, ticked and unticked in one screen instead of thirty forms.
 */
@Service
@Transactional
public class DailyActivityLog {

	private static final Set<RecordState> COUNTING = EnumSet.of(RecordState.PENDING, RecordState.APPROVED);

	private final ActivityRecordRepository records;

	private final SubmissionKeys submissions;

	private final RecordContexts contexts;

	private final AuditLog audit;

	private final Clock clock;

	DailyActivityLog(ActivityRecordRepository records, SubmissionKeys submissions, RecordContexts contexts,
			AuditLog audit, Clock clock) {
		this.records = records;
		this.submissions = submissions;
		this.contexts = contexts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Each day of the month with what the unit has for it and whether it can still be
	 * changed.
	 */
	@Transactional(readOnly = true)
	public DailyGrid grid(CurrentUser user, Long obligationId, YearMonth month) {
		var target = dailyTarget(user, obligationId);
		var unit = user.unit();
		Map<LocalDate, RecordState> existing = existing(unit.id(), obligationId, month);
		List<DailyGrid.Day> days = new ArrayList<>();
		for (var day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
			var context = this.contexts.context(target, unit, day);
			var violations = RecordRules.check(new RecordDraft(day, null, null, null, null, null, null, null), context);
			var state = existing.get(day);
			days.add(new DailyGrid.Day(day, state, violations.isEmpty() && state != RecordState.APPROVED));
		}
		return new DailyGrid(target.obligation(), target.campaign(), month, days);
	}

	/**
	 * Makes the month match the ticked days: a record for each new day, withdrawal of
	 * pending records whose day was unticked. Approved days and days that cannot change
	 * are left as they are. A {@code token} already used by this user (a resend, a double
	 * click racing the first) changes nothing.
	 * @return how many days were added and removed
	 */
	public int[] save(CurrentUser user, Long obligationId, YearMonth month, Set<LocalDate> ticked, UUID token) {
		var now = Instant.now(this.clock);
		if (token != null && !this.submissions.claim(user.id(), token, now)) {
			return new int[] { 0, 0 };
		}
		var grid = grid(user, obligationId, month);
		var unit = user.unit();
		int added = 0;
		int removed = 0;
		var current = new TreeMap<LocalDate, ActivityRecord>();
		for (var record : this.records.findInRange(unit.id(), obligationId, month.atDay(1), month.atEndOfMonth(),
				COUNTING)) {
			current.putIfAbsent(record.getActivityDate(), record);
		}
		for (var day : grid.days()) {
			if (!day.changeable()) {
				continue;
			}
			var record = current.get(day.date());
			if (ticked.contains(day.date()) && record == null) {
				var draft = new RecordDraft(day.date(), grid.obligation().termsOn(day.date()).title(), null, null, null,
						null, null, null);
				this.records.save(new ActivityRecord(obligationId, unit.id(), draft, user.id(), now));
				added++;
			}
			else if (!ticked.contains(day.date()) && record != null && record.getState() == RecordState.PENDING) {
				record.withdraw(now);
				removed++;
			}
		}
		if (added + removed > 0) {
			this.audit.record(user.username(), unit.id(), "DAILY_ACTIVITY_SAVED", "obligation", obligationId,
					Map.of("month", month.toString(), "added", added, "withdrawn", removed));
		}
		return new int[] { added, removed };
	}

	private RecordContexts.Target dailyTarget(CurrentUser user, Long obligationId) {
		if (!user.hasRole(Role.REPORTER)) {
			throw new AccessDeniedException("Only reporters log records");
		}
		var target = this.contexts.target(user.scope(), obligationId);
		if (target.obligation().level() != user.unit().level()
				|| target.obligation().versions().stream().noneMatch(v -> v.kind() == ObligationKind.DAILY_ACTIVITY)) {
			throw new NotFoundException("Not a daily obligation of this unit: " + obligationId);
		}
		return target;
	}

	private Map<LocalDate, RecordState> existing(Long unitId, Long obligationId, YearMonth month) {
		Map<LocalDate, RecordState> states = new TreeMap<>();
		for (var record : this.records.findInRange(unitId, obligationId, month.atDay(1), month.atEndOfMonth(),
				COUNTING)) {
			states.merge(record.getActivityDate(), record.getState(),
					(a, b) -> (a == RecordState.APPROVED || b == RecordState.APPROVED) ? RecordState.APPROVED : a);
		}
		return states;
	}

}
