package com.tasktable.bulletins;

/**
 * One figure of a published bulletin that today's computation gives differently.
 *
 * @param unitCode the unit's code
 * @param unitName the unit's name
 * @param figure {@code UNIT} (ranked on one side only), {@code RANK}, {@code SCORE} or
 * {@code LOST} (points lost on an item)
 * @param item the obligation code for {@code LOST}
 * @param published the value as issued, null when the unit was not ranked
 * @param today the value computed today, null when the unit is no longer ranked
 */
public record Difference(String unitCode, String unitName, String figure, String item, String published, String today) {

	Difference(String unitCode, String unitName, BulletinDifferences.Figure figure, String item, String published,
			String today) {
		this(unitCode, unitName, figure.name(), item, published, today);
	}

}
