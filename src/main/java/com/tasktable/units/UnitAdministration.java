package com.tasktable.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.tasktable.platform.FieldChanges;
import com.tasktable.platform.FieldRules;
import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit tree as administrators change it, inside their scope: a county (or city) added
 * below a unit, a new name, a unit taken out from a date. A unit out of the campaign is
 * not judged from that date on ({@code NOT_APPLICABLE}), and its history stays. Each
 * change is published as {@link UnitChanged}, which the audit log records in the same
 * transaction.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class UnitAdministration {

	private final UnitRepository units;

	private final Units reads;

	private final ApplicationEventPublisher events;

	private final FieldRules fieldRules;

	UnitAdministration(UnitRepository units, Units reads, ApplicationEventPublisher events, FieldRules fieldRules) {
		this.units = units;
		this.reads = reads;
		this.events = events;
		this.fieldRules = fieldRules;
	}

	/** One unit inside the scope with its lock version. */
	public long version(UnitScope scope, String code) {
		return load(scope, code).getVersion();
	}

	/** Adds a unit one level below {@code parentCode}: a county under a city. */
	@Transactional
	public UnitView addChild(UnitScope scope, String actor, String parentCode, String code, String name, String nameEn,
			LocalDate activeFrom) {
		var parent = load(scope, parentCode);
		var fields = UnitFields.of(code, name, nameEn);
		List<Violation> violations = new ArrayList<>(this.fieldRules.check(fields));
		if (parent.getLevel() == UnitLevel.COUNTY) {
			violations.add(0, Violation.of("code", "admin.unit.error.noLevelBelow"));
		}
		var trimmed = fields.code();
		if (violations.stream().noneMatch((v) -> v.field().equals("code")) && this.units.existsByCode(trimmed)) {
			violations.add(Violation.of("code", "admin.unit.error.taken"));
		}
		RejectedException.throwIfAny(violations);
		var unit = this.units.save(new Unit(parent, trimmed, name.trim(), blank(nameEn),
				this.units.maxSortOrderBelow(parent.getId()) + 1, activeFrom));
		this.events.publishEvent(new UnitChanged(actor, unit.getId(), "UNIT_CREATED", Map.of(), unit.auditFields()));
		return unit.toView();
	}

	@Transactional
	public UnitView rename(UnitScope scope, String actor, String code, long expectedVersion, String name,
			String nameEn) {
		var unit = load(scope, code);
		checkVersion(unit, expectedVersion);
		RejectedException.throwIfAny(this.fieldRules.check(UnitFields.names(name, nameEn)));
		var before = unit.auditFields();
		unit.rename(name.trim(), blank(nameEn));
		publish(actor, unit, "UNIT_RENAMED", before);
		return unit.toView();
	}

	/**
	 * Takes a unit out from {@code from} on, with the units below it that are still in; a
	 * null date brings the unit back (not those below). Periods before that day are
	 * judged as before.
	 */
	@Transactional
	public UnitView deactivate(UnitScope scope, String actor, String code, long expectedVersion, LocalDate from) {
		var unit = load(scope, code);
		checkVersion(unit, expectedVersion);
		if (unit.getId().equals(scope.unitId())) {
			throw RejectedException.because("deactivateFrom", "admin.unit.error.ownUnit");
		}
		if (from != null && unit.getActiveFrom() != null && !from.isAfter(unit.getActiveFrom())) {
			throw RejectedException.because("deactivateFrom", "admin.unit.error.beforeStart");
		}
		List<Unit> below = new ArrayList<>();
		if (from != null) {
			for (var child : this.units.findByPathLike(unit.getPath() + "%")) {
				if (child.getId().equals(unit.getId())
						|| (child.getActiveTo() != null && child.getActiveTo().isBefore(from))) {
					continue;
				}
				if (child.getActiveFrom() != null && !from.isAfter(child.getActiveFrom())) {
					throw RejectedException.because("deactivateFrom", "admin.unit.error.belowStartsLater");
				}
				below.add(child);
			}
		}
		var before = unit.auditFields();
		unit.deactivateFrom(from);
		publish(actor, unit, (from != null) ? "UNIT_DEACTIVATED" : "UNIT_REACTIVATED", before);
		// The units below leave with it: a county of a city that left is not judged
		// either.
		for (var child : below) {
			var was = child.auditFields();
			child.deactivateFrom(from);
			publish(actor, child, "UNIT_DEACTIVATED", was);
		}
		return unit.toView();
	}

	private void publish(String actor, Unit unit, String action, Map<String, String> before) {
		var changes = FieldChanges.between(before, unit.auditFields());
		this.events.publishEvent(new UnitChanged(actor, unit.getId(), action, changes.before(), changes.after()));
	}

	private Unit load(UnitScope scope, String code) {
		var unit = this.units.findByCode(code).orElseThrow(() -> new UnitNotFoundException(code));
		if (!scope.covers(unit.toView())) {
			throw new UnitNotFoundException(code);
		}
		return unit;
	}

	private static void checkVersion(Unit unit, long expected) {
		if (unit.getVersion() != expected) {
			throw new ObjectOptimisticLockingFailureException(Unit.class, unit.getId());
		}
	}

	private static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
