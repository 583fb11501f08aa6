package com.tasktable.review;

import com.tasktable.compliance.Period;
import com.tasktable.units.UnitView;

/**
 * A unit's rating on an assessment obligation, or its absence.
 *
 * @param unit the rated unit
 * @param obligationCode the ASSESSMENT obligation (4.C.1)
 * @param period the rated period (the year)
 * @param score 0–100, null while not rated
 * @param comment the reviewer's comment
 */
public record RatingView(UnitView unit, String obligationCode, Period period, Integer score, String comment) {
}
