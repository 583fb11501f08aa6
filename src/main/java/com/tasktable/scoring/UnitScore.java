package com.tasktable.scoring;

import java.util.List;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Scoring;
import com.tasktable.units.UnitView;

/**
 * One unit's score, explained item by item.
 *
 * @param campaign the campaign
 * @param span the month or year
 * @param unit the unit
 * @param obligations its level's obligations, in the order of {@code score.items()}
 * @param score the score
 * @param lateCreditPercent what a late period earned
 */
public record UnitScore(CampaignView campaign, ScoreSpan span, UnitView unit, List<ObligationView> obligations,
		Scoring.Score score, int lateCreditPercent) {
}
