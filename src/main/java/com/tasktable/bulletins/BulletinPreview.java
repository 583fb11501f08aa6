package com.tasktable.bulletins;

import com.tasktable.campaigns.CampaignView;

/**
 * A bulletin before publication: what it would say today, and the warnings.
 *
 * @param campaign the campaign
 * @param snapshot the texts and figures, without a number
 * @param warnings records waiting for review, periods inside their grace days
 * @param corrects the bulletin it would correct, or null
 */
public record BulletinPreview(CampaignView campaign, BulletinSnapshot snapshot, PublishingWarnings warnings,
		PublishedBulletin corrects) {
}
