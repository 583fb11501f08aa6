package com.tasktable.records;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads records within a unit scope. Logging and evidence come with the records issue.
 */
@Service
@Transactional(readOnly = true)
public class Records {

	private final ActivityRecordRepository records;

	private final Units units;

	Records(ActivityRecordRepository records, Units units) {
		this.records = records;
		this.units = units;
	}

	/** Pending records per unit id, for every unit in the scope (zero included). */
	public Map<Long, Long> pendingByUnit(UnitScope scope) {
		Map<Long, Long> pending = new HashMap<>();
		for (var row : this.records.countPendingByUnit(scope.pathPattern())) {
			pending.put(row.getUnitId(), row.getPending());
		}
		return pending;
	}

	public List<RecordSummary> recent(UnitScope scope, String unitCode, int limit) {
		UnitView unit = this.units.get(scope, unitCode);
		return this.records.findRecent(unit.id(), PageRequest.of(0, limit))
			.stream()
			.map(ActivityRecord::toSummary)
			.toList();
	}

}
