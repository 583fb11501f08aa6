package com.tasktable.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import com.tasktable.units.UnitChanged;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the unit tree's changes. The units module cannot call the log (the log reads
 * units for its scope), so it publishes {@link UnitChanged} and this writes the entry in
 * the same transaction.
 */
@Component
class UnitChangeAudit {

	private final AuditLog audit;

	UnitChangeAudit(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void on(UnitChanged event) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("before", new LinkedHashMap<>(event.before()));
		details.put("after", new LinkedHashMap<>(event.after()));
		this.audit.record(event.actor(), event.unitId(), event.action(), "unit", event.unitId(), details);
	}

}
