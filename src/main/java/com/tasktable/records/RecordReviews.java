package com.tasktable.records;

import java.util.List;

import com.tasktable.units.UnitView;
import com.tasktable.users.CurrentUser;

/**
 * What a record's page shows of its review. Declared here, answered by the review module
 * (which keeps the decisions), so that the dependency runs review → records.
 */
public interface RecordReviews {

	/** A record's review history, oldest first (inside the reader's scope). */
	List<DecisionView> history(CurrentUser reader, Long recordId);

	/**
	 * Whether the reader reviews the unit's records (the unit is directly below theirs).
	 */
	boolean reviews(CurrentUser reader, UnitView unit);

}
