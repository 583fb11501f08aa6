package com.tasktable.compliance;

import java.math.BigDecimal;

/** What {@link Scoring} has counted of one item so far, before re-weighting. */
final class ItemTally {

	final Scoring.Item item;

	ItemState state;

	BigDecimal fulfilment;

	int met;

	int metLate;

	int missed;

	Integer rating;

	Progress.Pace yearly;

	ItemTally(Scoring.Item item) {
		this.item = item;
	}

	/** The item left out of the score, with its counts. */
	Scoring.ItemScore unscored() {
		return new Scoring.ItemScore(this.item.code(), this.item.weight(), this.state, null, null, null, null, this.met,
				this.metLate, this.missed, this.rating, this.yearly, this.item.mode());
	}

	/** The item in the score, with its rounded figures. */
	Scoring.ItemScore scored(BigDecimal fulfilment, BigDecimal effectiveWeight, BigDecimal points, BigDecimal lost) {
		return new Scoring.ItemScore(this.item.code(), this.item.weight(), this.state, fulfilment, effectiveWeight,
				points, lost, this.met, this.metLate, this.missed, this.rating, this.yearly, this.item.mode());
	}

}
