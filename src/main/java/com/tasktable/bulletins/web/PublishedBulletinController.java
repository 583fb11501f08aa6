package com.tasktable.bulletins.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import com.tasktable.bulletins.BulletinPublishing;
import com.tasktable.bulletins.PublishedBulletins;
import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.platform.RejectedException;
import com.tasktable.scoring.ScoreSpan;
import com.tasktable.users.CurrentUser;
import com.tasktable.users.Role;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Published bulletins: the list, one bulletin as issued (with what changed since), its
 * stored PDF and workbook, and the reviewer's publishing page (preview, warnings,
 * confirmation).
 */
@Controller
class PublishedBulletinController {

	static final String LIST_VIEW = "bulletins/list";

	static final String BULLETIN_VIEW = "bulletins/bulletin";

	static final String PUBLISH_VIEW = "bulletins/publish";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final PublishedBulletins bulletins;

	private final BulletinPublishing publishing;

	private final BulletinParams params;

	private final Campaigns campaigns;

	PublishedBulletinController(PublishedBulletins bulletins, BulletinPublishing publishing, BulletinParams params,
			Campaigns campaigns) {
		this.bulletins = bulletins;
		this.publishing = publishing;
		this.params = params;
		this.campaigns = campaigns;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("campaign", "year", "month", "confirmed", "corrects", "correctionNote");
	}

	@GetMapping("/bulletins")
	String list(@RequestParam(required = false) String campaign, CurrentUser user, Model model) {
		var view = this.params.campaign(user.scope(), campaign);
		model.addAttribute("campaign", view);
		model.addAttribute("campaigns", this.campaigns.visibleTo(user.scope()));
		model.addAttribute("bulletins", this.bulletins.list(user, view.code()));
		model.addAttribute("canPublish", user.hasRole(Role.REVIEWER));
		return LIST_VIEW;
	}

	@GetMapping("/bulletins/{id}")
	String bulletin(@PathVariable Long id, CurrentUser user, Model model) {
		var bulletin = this.bulletins.get(user, id);
		model.addAttribute("bulletin", bulletin);
		model.addAttribute("document", bulletin.snapshot());
		model.addAttribute("differences", this.bulletins.differences(bulletin));
		model.addAttribute("canCorrect", user.hasRole(Role.REVIEWER) && bulletin.correctedBy() == null
				&& user.unit().code().equals(bulletin.issuingUnitCode()));
		return BULLETIN_VIEW;
	}

	@GetMapping("/bulletins/{id}/bulletin.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable Long id, CurrentUser user) {
		var bulletin = this.bulletins.get(user, id);
		return download(this.bulletins.pdf(user, id), bulletin.number() + ".pdf", MediaType.APPLICATION_PDF,
				bulletin.pdfSha256());
	}

	@GetMapping("/bulletins/{id}/bulletin.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable Long id, CurrentUser user) {
		var bulletin = this.bulletins.get(user, id);
		return download(this.bulletins.xlsx(user, id), bulletin.number() + ".xlsx", MediaType.parseMediaType(XLSX),
				bulletin.xlsxSha256());
	}

	@GetMapping("/bulletins/publish")
	@PreAuthorize("hasRole('REVIEWER')")
	String publishPage(@ModelAttribute("form") PublishForm form, CurrentUser user, Model model) {
		return page(form, user, model);
	}

	@PostMapping("/bulletins")
	@PreAuthorize("hasRole('REVIEWER')")
	String publish(@ModelAttribute("form") PublishForm form, CurrentUser user, Model model,
			RedirectAttributes redirect) {
		var campaign = this.params.campaign(user.scope(), form.getCampaign());
		var span = this.params.span(campaign, form.getYear(), form.getMonth());
		try {
			var id = this.publishing.publish(user, campaign.code(), span, form.isConfirmed(), form.getCorrects(),
					form.getCorrectionNote());
			redirect.addFlashAttribute("success", "bulletins.published");
			return "redirect:/bulletins/" + id;
		}
		catch (RejectedException ex) {
			model.addAttribute("error", ex.violations().get(0).code());
			return page(form, user, model);
		}
	}

	private String page(PublishForm form, CurrentUser user, Model model) {
		CampaignView campaign;
		ScoreSpan span;
		if (form.getCorrects() != null) {
			var corrected = this.bulletins.get(user, form.getCorrects());
			campaign = this.params.campaign(user.scope(), corrected.campaignCode());
			span = new ScoreSpan(corrected.snapshot().year(), corrected.snapshot().month());
		}
		else {
			campaign = this.params.campaign(user.scope(), form.getCampaign());
			span = this.params.span(campaign, form.getYear(), form.getMonth());
		}
		form.setCampaign(campaign.code());
		form.setYear(span.year());
		form.setMonth(span.month());
		var preview = this.publishing.preview(user, campaign.code(), span, form.getCorrects());
		model.addAttribute("preview", preview);
		model.addAttribute("document", preview.snapshot());
		model.addAttribute("campaign", campaign);
		model.addAttribute("campaigns", this.campaigns.visibleTo(user.scope()));
		model.addAttribute("span", span);
		model.addAttribute("years",
				IntStream.rangeClosed(campaign.startDate().getYear(), campaign.endDate().getYear()).boxed().toList());
		model.addAttribute("months", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
		return PUBLISH_VIEW;
	}

	private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type, String sha256) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.eTag("\"" + sha256 + "\"")
			.cacheControl(CacheControl.noCache())
			.body(body);
	}

}
