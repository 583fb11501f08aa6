package com.tasktable.bulletins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.tasktable.audit.AuditLog;
import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.compliance.Period;
import com.tasktable.platform.NotFoundException;
import com.tasktable.platform.RejectedException;
import com.tasktable.review.PendingWindow;
import com.tasktable.review.ReviewQueue;
import com.tasktable.scoring.Bulletin;
import com.tasktable.scoring.BulletinIssue;
import com.tasktable.scoring.BulletinPdf;
import com.tasktable.scoring.BulletinText;
import com.tasktable.scoring.BulletinWorkbook;
import com.tasktable.scoring.RankingTable;
import com.tasktable.scoring.ScoreSpan;
import com.tasktable.scoring.Scores;
import com.tasktable.users.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a bulletin: the ranking of the units below the reviewer's own for a month or
 * a year, numbered from the campaign's pattern, issued by the reviewer's unit, and stored
 * with its texts, figures, PDF and workbook in one transaction with the number and the
 * audit entry. The official text is Chinese whatever the reviewer's language.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('REVIEWER')")
public class BulletinPublishing {

	/** The language bulletins are issued in. */
	static final Locale ISSUED_IN = Locale.SIMPLIFIED_CHINESE;

	private final Campaigns campaigns;

	private final Scores scores;

	private final ReviewQueue reviewQueue;

	private final BulletinStore store;

	private final BulletinNumbers numbers;

	private final BulletinPdf pdf;

	private final MessageSource messages;

	private final AuditLog audit;

	private final Clock clock;

	BulletinPublishing(Campaigns campaigns, Scores scores, ReviewQueue reviewQueue, BulletinStore store,
			BulletinNumbers numbers, BulletinPdf pdf, MessageSource messages, AuditLog audit, Clock clock) {
		this.campaigns = campaigns;
		this.scores = scores;
		this.reviewQueue = reviewQueue;
		this.store = store;
		this.numbers = numbers;
		this.pdf = pdf;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What publishing would issue today, with its warnings.
	 * @param correctsId the bulletin to correct, or null; its campaign and period win
	 */
	public BulletinPreview preview(CurrentUser reviewer, String campaignCode, ScoreSpan span, Long correctsId) {
		var corrects = (correctsId != null) ? corrected(reviewer, correctsId) : null;
		var campaign = this.campaigns.get(reviewer.scope(), campaignCode);
		var table = this.scores.ranking(reviewer.scope(), campaign.code(), span);
		var snapshot = BulletinSnapshot.of(Bulletin.of(table), new BulletinText(this.messages, ISSUED_IN), null);
		return new BulletinPreview(campaign, snapshot, warnings(reviewer, campaign, table), corrects);
	}

	/**
	 * Publishes the bulletin and returns its id.
	 * @param confirmed whether the reviewer confirmed the warnings (needed only when
	 * there are some)
	 * @param correctsId the bulletin this one corrects (same campaign, period and issuing
	 * unit, not corrected yet), or null for the period's original
	 * @param correctionNote why, for a correction
	 * @throws RejectedException when the warnings are not confirmed (ask
	 * {@link #warningsToConfirm} first to show them), or for a month (year) not over yet,
	 * an original already published, a correction that does not match
	 */
	@Transactional
	public Long publish(CurrentUser reviewer, String campaignCode, ScoreSpan span, boolean confirmed, Long correctsId,
			String correctionNote) {
		var campaign = this.campaigns.get(reviewer.scope(), campaignCode);
		var unit = reviewer.unit();
		var table = publishable(reviewer, campaign, span);
		var warnings = warnings(reviewer, campaign, table);
		if (warnings.any() && !confirmed) {
			throw RejectedException.conflict("bulletins.error.unconfirmed");
		}
		if (correctsId != null) {
			var issued = this.store.issued(correctsId).orElseThrow(() -> new NotFoundException("No bulletin"));
			if (!issued.issuingUnitId().equals(unit.id())) {
				throw new NotFoundException("No bulletin of this unit: " + correctsId);
			}
			if (!issued.campaignId().equals(campaign.id()) || issued.year() != span.year()
					|| !Objects.equals(issued.month(), span.month())) {
				throw RejectedException.conflict("bulletins.error.correctsOtherPeriod");
			}
			if (issued.corrected()) {
				throw RejectedException.conflict("bulletins.error.alreadyCorrected");
			}
			if (correctionNote == null || correctionNote.isBlank()) {
				throw RejectedException.because("correctionNote", "bulletins.error.correctionNote");
			}
			if (correctionNote.strip().length() > 1000) {
				throw RejectedException.because("correctionNote", "bulletins.error.correctionNoteTooLong");
			}
		}
		else if (this.store.original(campaign.id(), unit.id(), span.year(), span.month()).isPresent()) {
			throw RejectedException.conflict("bulletins.error.alreadyPublished");
		}
		var now = Instant.now(this.clock);
		var today = now.atZone(campaign.timeZone()).toLocalDate();
		int sequence = this.numbers.next(unit.id(), campaign.bulletinNumberPattern(), today.getYear());
		var number = BulletinNumbers.format(campaign.bulletinNumberPattern(), today.getYear(), sequence);
		var issue = new BulletinIssue(number, unit.name(), today);
		var bulletin = Bulletin.of(table);
		var text = new BulletinText(this.messages, ISSUED_IN);
		var snapshot = BulletinSnapshot.of(bulletin, text, issue);
		byte[] pdfBytes;
		byte[] xlsxBytes;
		try {
			pdfBytes = this.pdf.write(bulletin, text, issue);
			xlsxBytes = BulletinWorkbook.write(bulletin, text, issue);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String note = (correctsId != null) ? correctionNote.strip() : null;
		Long id;
		try {
			id = this.store.insert(new BulletinStore.NewBulletin(campaign.id(), unit.id(), number, sequence, now,
					reviewer.username(), correctsId, note, snapshot, pdfBytes, xlsxBytes));
		}
		catch (DuplicateKeyException ex) {
			// another instance published the same period (or corrected the same bulletin)
			// first
			throw RejectedException.conflict(
					(correctsId != null) ? "bulletins.error.alreadyCorrected" : "bulletins.error.alreadyPublished");
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("number", number);
		details.put("campaign", campaign.code());
		details.put("period", snapshot.periodKey());
		details.put("pdfSha256", Hashes.sha256(pdfBytes));
		details.put("xlsxSha256", Hashes.sha256(xlsxBytes));
		details.put("pendingRecords", warnings.pendingRecords());
		details.put("periodsInGrace", warnings.inGrace().stream().map(PublishingWarnings.GracePeriod::key).toList());
		details.put("warningsConfirmed", warnings.any());
		if (correctsId != null) {
			details.put("corrects", correctsId);
			details.put("correctionNote", note);
		}
		this.audit.record(reviewer.username(), unit.id(), "BULLETIN_PUBLISHED", "published_bulletin", id, details);
		return id;
	}

	/**
	 * The warnings the reviewer must confirm before {@link #publish} issues this period's
	 * bulletin; empty when there are none.
	 * @throws RejectedException for a month (year) not over yet or nothing to rank, as
	 * publishing would
	 */
	public Optional<PublishingWarnings> warningsToConfirm(CurrentUser reviewer, String campaignCode, ScoreSpan span) {
		var campaign = this.campaigns.get(reviewer.scope(), campaignCode);
		var warnings = warnings(reviewer, campaign, publishable(reviewer, campaign, span));
		return warnings.any() ? Optional.of(warnings) : Optional.empty();
	}

	private RankingTable publishable(CurrentUser reviewer, CampaignView campaign, ScoreSpan span) {
		if (!span.period().end().isBefore(campaign.today(this.clock))) {
			throw RejectedException.conflict("bulletins.error.periodNotOver");
		}
		var table = this.scores.ranking(reviewer.scope(), campaign.code(), span);
		if (table.rows().isEmpty()) {
			throw RejectedException.conflict("bulletins.error.nothingRanked");
		}
		return table;
	}

	private PublishedBulletin corrected(CurrentUser reviewer, Long id) {
		var issued = this.store.issued(id).orElseThrow(() -> new NotFoundException("No bulletin"));
		if (!issued.issuingUnitId().equals(reviewer.unit().id())) {
			throw new NotFoundException("No bulletin of this unit: " + id);
		}
		return this.store.find(reviewer.scope(), reviewer.unit().id(), id)
			.orElseThrow(() -> new NotFoundException("No bulletin"));
	}

	/**
	 * Records of the scored periods waiting for review (of the units ranked, for the
	 * obligations scored), and the scored periods that can still get on-time records.
	 */
	private PublishingWarnings warnings(CurrentUser reviewer, CampaignView campaign, RankingTable table) {
		var span = table.span().period();
		var today = campaign.today(this.clock);
		var asOf = campaign.clamp(span.end());
		List<PendingWindow> windows = new ArrayList<>();
		var periods = new LinkedHashSet<Period>();
		var from = span.start();
		for (var obligation : table.obligations()) {
			var scored = BulletinPeriods.endingWithin(obligation.termsOn(asOf).cycle(), span);
			if (scored.isEmpty()) {
				continue;
			}
			var first = scored.get(0).start();
			windows.add(new PendingWindow(obligation.id(), first, span.end()));
			from = first.isBefore(from) ? first : from;
			periods.addAll(scored);
		}
		long pending = this.reviewQueue.pendingWithin(reviewer, windows);
		var inGrace = periods.stream()
			.filter(p -> BulletinPeriods.inGrace(p, campaign.lateAfterDays(), today))
			.sorted(Comparator.comparing(Period::end).thenComparing(Period::start))
			.map(p -> new PublishingWarnings.GracePeriod(p.frequency().name(), p.key(), p.start(), p.end(),
					BulletinPeriods.graceUntil(p, campaign.lateAfterDays())))
			.toList();
		return new PublishingWarnings(pending, from, span.end(), inGrace);
	}

}
