package com.tasktable.compliance;

/**
 * How a yearly target (COUNT_PER_YEAR) earns its weight in a score. Other kinds are
 * scored per period whatever this says: their fulfilment is already the share of their
 * periods met. The rules, with worked examples, are in docs/compliance-rules.md,
 * "Scoring".
 */
public enum ScoreMode {

	/**
	 * A share of the weight: {@code min(1, done / target)}, records logged in time
	 * counting 1 and late ones the late credit, only up to the target. The default.
	 */
	PROPORTIONAL,
	/**
	 * The whole weight once the target is met (half credit if met late), else nothing.
	 */
	ALL_OR_NOTHING

}
