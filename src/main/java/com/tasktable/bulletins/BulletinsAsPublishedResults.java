package com.tasktable.bulletins;

import java.time.LocalDate;
import java.util.List;

import com.tasktable.scoring.PublishedResults;

import org.springframework.stereotype.Component;

/**
 * Tells the impact of a change to history (scoring's {@code HistoryImpacts}) which
 * published bulletins it would contradict: those of the campaign whose period ends on or
 * after the change's first day. Scoring cannot depend on this module (it depends on
 * scoring), so it asks through its own interface.
 */
@Component
class BulletinsAsPublishedResults implements PublishedResults {

	private final PublishedBulletins bulletins;

	BulletinsAsPublishedResults(PublishedBulletins bulletins) {
		this.bulletins = bulletins;
	}

	@Override
	public List<Published> covering(Long campaignId, LocalDate from) {
		return this.bulletins.publishedCovering(campaignId, from)
			.stream()
			.map(b -> new Published(b.id(), b.number(), b.period(), b.periodStart(), b.periodEnd()))
			.toList();
	}

}
