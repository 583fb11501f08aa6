package com.tasktable.scoring.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.platform.ValidMonth;
import com.tasktable.platform.ValidYear;
import com.tasktable.scoring.Bulletin;
import com.tasktable.scoring.BulletinPdf;
import com.tasktable.scoring.BulletinText;
import com.tasktable.scoring.BulletinWorkbook;
import com.tasktable.scoring.ScoreSpan;
import com.tasktable.scoring.Scores;
import com.tasktable.users.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Rankings of the units below the reader's, a unit's score explained item by item, and
 * the monthly bulletin with its .xlsx and PDF.
 */
@Controller
class ScoringController {

	static final String RANKINGS_VIEW = "scoring/rankings";

	static final String SCORE_VIEW = "scoring/score";

	static final String BULLETIN_VIEW = "scoring/bulletin";

	private final Scores scores;

	private final ScoringParams params;

	private final Campaigns campaigns;

	private final BulletinPdf pdf;

	private final MessageSource messages;

	ScoringController(Scores scores, ScoringParams params, Campaigns campaigns, BulletinPdf pdf,
			MessageSource messages) {
		this.scores = scores;
		this.params = params;
		this.campaigns = campaigns;
		this.pdf = pdf;
		this.messages = messages;
	}

	@GetMapping("/rankings")
	@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
	String rankings(@RequestParam(required = false) String campaign,
			@RequestParam(required = false) @ValidYear Integer year,
			@RequestParam(required = false) @ValidMonth Integer month, CurrentUser user, Model model) {
		var view = this.params.campaign(user.scope(), campaign);
		var span = this.params.span(view, year, month);
		model.addAttribute("table", this.scores.ranking(user.scope(), view.code(), span));
		pickers(model, user, view, span);
		return RANKINGS_VIEW;
	}

	@GetMapping("/scores/{unit}")
	String score(@PathVariable String unit, @RequestParam(required = false) String campaign,
			@RequestParam(required = false) @ValidYear Integer year,
			@RequestParam(required = false) @ValidMonth Integer month, CurrentUser user, Locale locale, Model model) {
		var view = this.params.campaign(user.scope(), campaign);
		var span = this.params.span(view, year, month);
		var score = this.scores.unitScore(user.scope(), view.code(), unit, span);
		model.addAttribute("score", score);
		model.addAttribute("titles",
				score.obligations()
					.stream()
					.collect(Collectors.toMap(o -> o.code(),
							o -> o.termsOn(view.clamp(span.period().end())).displayTitle(locale))));
		model.addAttribute("names",
				score.obligations().stream().collect(Collectors.toMap(o -> o.code(), o -> o.displayName(locale))));
		pickers(model, user, view, span);
		return SCORE_VIEW;
	}

	@GetMapping("/bulletin")
	@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
	String bulletin(@RequestParam(required = false) String campaign,
			@RequestParam(required = false) @ValidYear Integer year,
			@RequestParam(required = false) @ValidMonth Integer month, CurrentUser user, Locale locale, Model model) {
		var view = this.params.campaign(user.scope(), campaign);
		var span = this.params.span(view, year, month);
		var bulletin = Bulletin.of(this.scores.ranking(user.scope(), view.code(), span));
		model.addAttribute("bulletin", bulletin);
		model.addAttribute("text", new BulletinText(this.messages, locale));
		pickers(model, user, view, span);
		return BULLETIN_VIEW;
	}

	@GetMapping("/bulletin/export.xlsx")
	@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
	ResponseEntity<byte[]> bulletinXlsx(@RequestParam(required = false) String campaign,
			@RequestParam(required = false) @ValidYear Integer year,
			@RequestParam(required = false) @ValidMonth Integer month, CurrentUser user, Locale locale)
			throws IOException {
		var bulletin = bulletin(user, campaign, year, month);
		var text = new BulletinText(this.messages, locale);
		return download(BulletinWorkbook.write(bulletin, text), text.title(bulletin) + ".xlsx",
				MediaType.parseMediaType(BulletinWorkbook.CONTENT_TYPE));
	}

	@GetMapping("/bulletin/export.pdf")
	@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
	ResponseEntity<byte[]> bulletinPdf(@RequestParam(required = false) String campaign,
			@RequestParam(required = false) @ValidYear Integer year,
			@RequestParam(required = false) @ValidMonth Integer month, CurrentUser user, Locale locale)
			throws IOException {
		var bulletin = bulletin(user, campaign, year, month);
		var text = new BulletinText(this.messages, locale);
		return download(this.pdf.write(bulletin, text), text.title(bulletin) + ".pdf", MediaType.APPLICATION_PDF);
	}

	private Bulletin bulletin(CurrentUser user, String campaign, Integer year, Integer month) {
		var view = this.params.campaign(user.scope(), campaign);
		var span = this.params.span(view, year, month);
		return Bulletin.of(this.scores.ranking(user.scope(), view.code(), span));
	}

	private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.body(body);
	}

	private void pickers(Model model, CurrentUser user, CampaignView campaign, ScoreSpan span) {
		model.addAttribute("campaign", campaign);
		model.addAttribute("campaigns", this.campaigns.visibleTo(user.scope()));
		model.addAttribute("span", span);
		model.addAttribute("years",
				IntStream.rangeClosed(campaign.startDate().getYear(), campaign.endDate().getYear()).boxed().toList());
		model.addAttribute("months", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
	}

}
