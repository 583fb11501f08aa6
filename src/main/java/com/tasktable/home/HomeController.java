package com.tasktable.home;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.directives.Directives;
import com.tasktable.platform.NotFoundException;
import com.tasktable.records.Records;
import com.tasktable.review.RecordDecisions;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;
import com.tasktable.users.Role;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Home: one page whose sections follow the roles the person holds; and the unit page. */
@Controller
class HomeController {

	static final String HOME_VIEW = "home/home";

	static final String UNIT_VIEW = "units/unit";

	private final UnitOverviews overviews;

	private final Units units;

	private final Campaigns campaigns;

	private final Records records;

	private final Directives directives;

	private final MessageSource messages;

	private final RecordDecisions decisions;

	HomeController(UnitOverviews overviews, Units units, Campaigns campaigns, Records records, Directives directives,
			MessageSource messages, RecordDecisions decisions) {
		this.decisions = decisions;
		this.messages = messages;
		this.overviews = overviews;
		this.units = units;
		this.campaigns = campaigns;
		this.records = records;
		this.directives = directives;
	}

	@GetMapping("/")
	String home(CurrentUser user, Model model) {
		var scope = user.scope();
		if (user.hasRole(Role.REPORTER)) {
			var overview = this.overviews.overview(scope, user.unit().code());
			var returned = this.decisions.returnedFor(user);
			model.addAttribute("overview", overview);
			model.addAttribute("cards", ObligationCard.of(overview.due(), returned));
			model.addAttribute("openDirectives", this.directives.openFor(user));
			model.addAttribute("returnedRecords", returned);
		}
		if (user.hasRole(Role.REVIEWER)) {
			var within = this.units.within(scope);
			Map<Long, UnitView> byId = within.stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
			model.addAttribute("reviewedUnits", within.stream().filter(u -> !u.id().equals(user.unit().id())).toList());
			model.addAttribute("unitsById", byId);
			model.addAttribute("pendingByUnit", this.records.pendingByUnit(scope));
		}
		if (user.hasRole(Role.ADMIN)) {
			model.addAttribute("campaigns", this.campaigns.visibleTo(scope));
		}
		return HOME_VIEW;
	}

	@GetMapping("/units/{code}")
	String unit(@PathVariable String code, CurrentUser user, Model model) {
		model.addAttribute("overview", this.overviews.overview(user.scope(), code));
		return UNIT_VIEW;
	}

	@GetMapping("/units/{code}/export.xlsx")
	ResponseEntity<byte[]> export(@PathVariable String code, CurrentUser user, Locale locale) throws IOException {
		var overview = this.overviews.overview(user.scope(), code);
		if (overview.campaign() == null) {
			throw new NotFoundException("No running campaign");
		}
		var name = overview.unit().displayName(locale) + "-" + overview.today() + ".xlsx";
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(UnitOverviewWorkbook.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.body(UnitOverviewWorkbook.write(overview, this.messages, locale));
	}

}
