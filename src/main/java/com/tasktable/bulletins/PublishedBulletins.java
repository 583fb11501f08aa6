package com.tasktable.bulletins;

import java.time.LocalDate;
import java.util.List;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.platform.NotFoundException;
import com.tasktable.scoring.BulletinText;
import com.tasktable.scoring.ScoreSpan;
import com.tasktable.scoring.Scores;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published bulletins as readers see them: the list, one bulletin as issued, its stored
 * PDF and workbook, and how today's computation differs. A reader sees the bulletins
 * issued by their unit or a unit below it, and those that rank their own unit (a city
 * reads the region's bulletins about the cities). Also the facade other modules ask which
 * bulletins a change contradicts.
 */
@Service
@Transactional(readOnly = true)
public class PublishedBulletins {

	private final BulletinStore store;

	private final Campaigns campaigns;

	private final Scores scores;

	private final Units units;

	private final MessageSource messages;

	PublishedBulletins(BulletinStore store, Campaigns campaigns, Scores scores, Units units, MessageSource messages) {
		this.messages = messages;
		this.store = store;
		this.campaigns = campaigns;
		this.scores = scores;
		this.units = units;
	}

	/** The campaign's bulletins the reader may see, newest period first. */
	public List<PublishedBulletin> list(CurrentUser reader, String campaignCode) {
		var campaign = this.campaigns.get(reader.scope(), campaignCode);
		return this.store.visible(reader.scope(), reader.unit().id(), campaign.id());
	}

	/** One bulletin as issued; not found outside what the reader may see. */
	public PublishedBulletin get(CurrentUser reader, Long id) {
		return this.store.find(reader.scope(), reader.unit().id(), id)
			.orElseThrow(() -> new NotFoundException("No bulletin #" + id));
	}

	/** The PDF as issued, byte for byte. */
	public byte[] pdf(CurrentUser reader, Long id) {
		get(reader, id);
		return this.store.file(id, "pdf").orElseThrow(() -> new NotFoundException("No bulletin #" + id));
	}

	/** The workbook as issued, byte for byte. */
	public byte[] xlsx(CurrentUser reader, Long id) {
		get(reader, id);
		return this.store.file(id, "xlsx").orElseThrow(() -> new NotFoundException("No bulletin #" + id));
	}

	/**
	 * The figures that today's computation of the bulletin's period (by its issuing unit,
	 * for the same units) gives differently; empty when it still agrees.
	 */
	public List<Difference> differences(PublishedBulletin bulletin) {
		var snapshot = bulletin.snapshot();
		var issuer = UnitScope.of(this.units.byCode(bulletin.issuingUnitCode()));
		try {
			var today = this.scores.ranking(issuer, bulletin.campaignCode(),
					new ScoreSpan(snapshot.year(), snapshot.month()));
			return BulletinDifferences.between(snapshot.rows(),
					BulletinSnapshot.rowsOf(today, new BulletinText(this.messages, BulletinPublishing.ISSUED_IN)));
		}
		catch (NotFoundException ex) {
			// the campaign's dates moved and the period is no longer in it: nobody is
			// ranked today
			return BulletinDifferences.between(snapshot.rows(), List.of());
		}
	}

	/**
	 * The published bulletins of a campaign that a change effective from {@code from}
	 * would contradict: those whose period ends on or after that day (a month's or a
	 * year's score reads the terms in force at its period's end), in order of
	 * publication, corrected ones included (each names its correction). Not scoped: for
	 * the administrator's impact page, which is scoped by the campaign.
	 */
	public List<PublishedBulletinRef> publishedCovering(Long campaignId, LocalDate from) {
		return this.store.covering(campaignId, from);
	}

}
