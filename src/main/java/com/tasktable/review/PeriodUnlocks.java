package com.tasktable.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.audit.AuditLog;
import com.tasktable.records.ReopenedDays;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;
import com.tasktable.users.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers reopen a closed period for one unit, with a reason, for good or until a day.
 * Records ask {@link #isReopened} before refusing a change in a closed period.
 */
@Service
@Transactional
public class PeriodUnlocks implements ReopenedDays {

	private final UnlockRepository unlocks;

	private final Units units;

	private final AuditLog audit;

	private final Clock clock;

	PeriodUnlocks(UnlockRepository unlocks, Units units, AuditLog audit, Clock clock) {
		this.unlocks = unlocks;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	public Long unlock(CurrentUser reviewer, String unitCode, LocalDate from, LocalDate to, LocalDate openUntil,
			String reason) {
		if (!reviewer.hasRole(Role.REVIEWER)) {
			throw new AccessDeniedException("Only reviewers reopen periods");
		}
		var unit = this.units.get(reviewer.scope(), unitCode);
		if (from == null || to == null || to.isBefore(from) || reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("An unlock needs a date range and a reason");
		}
		var unlock = this.unlocks.save(new PeriodUnlock(unit.id(), from, to, openUntil, reason.trim(), reviewer.id(),
				Instant.now(this.clock)));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("from", from.toString());
		details.put("to", to.toString());
		details.put("openUntil", (openUntil != null) ? openUntil.toString() : null);
		details.put("reason", reason.trim());
		this.audit.record(reviewer.username(), unit.id(), "PERIOD_UNLOCKED", "period_unlock", unlock.getId(), details);
		return unlock.getId();
	}

	@Transactional(readOnly = true)
	public List<UnlockView> list(CurrentUser reader, String unitCode) {
		var unit = this.units.get(reader.scope(), unitCode);
		return this.unlocks.findByUnitIdOrderByUnlockedAtDesc(unit.id()).stream().map(PeriodUnlock::toView).toList();
	}

	@Override
	public boolean isReopened(Long unitId, LocalDate day, LocalDate today) {
		return this.unlocks.findCovering(unitId, day).stream().anyMatch((u) -> u.opens(day, today));
	}

}
