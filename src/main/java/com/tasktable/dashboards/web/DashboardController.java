package com.tasktable.dashboards.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.stream.IntStream;

import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Quarters;
import com.tasktable.dashboards.ComplianceMatrices;
import com.tasktable.dashboards.FigureForm;
import com.tasktable.dashboards.Matrix;
import com.tasktable.dashboards.StatusGlyph;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The provincial dashboard: units × obligations for a quarter, with pickers that switch
 * without a full reload, and the same matrix as an Excel workbook.
 */
@Controller
@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
class DashboardController {

	static final String VIEW = "dashboards/matrix";

	private final ComplianceMatrices matrices;

	private final Campaigns campaigns;

	private final MessageSource messages;

	private final Clock clock;

	private final MatrixHtml html;

	DashboardController(ComplianceMatrices matrices, Campaigns campaigns, MessageSource messages, Clock clock,
			MatrixHtml html) {
		this.matrices = matrices;
		this.html = html;
		this.campaigns = campaigns;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	String matrix(@Valid MatrixFilter filter, @RequestHeader(name = "HX-Request", required = false) String htmx,
			UnitScope scope, Locale locale, HttpServletRequest request, HttpServletResponse response, Model model) {
		var matrix = matrix(filter, scope).sortedBy(filter.sort());
		var chosen = matrix.campaign();
		model.addAttribute("matrix", matrix);
		model.addAttribute("sort", filter.sort());
		model.addAttribute("figures", FigureForm.values());
		model.addAttribute("matrixTables", this.html.of(matrix, filter, locale, request, response));
		model.addAttribute("campaigns", this.campaigns.visibleTo(scope));
		model.addAttribute("years",
				IntStream.rangeClosed(chosen.startDate().getYear(), chosen.endDate().getYear()).boxed().toList());
		model.addAttribute("categories",
				this.campaigns.taskTable(scope, chosen.code(), chosen.startDate())
					.stream()
					.map(ObligationView::rowCategory)
					.distinct()
					.toList());
		model.addAttribute("level", filter.level());
		model.addAttribute("category", filter.category());
		model.addAttribute("levels", UnitLevel.values());
		model.addAttribute("statuses", StatusGlyph.values());
		return (htmx != null) ? VIEW + " :: matrix" : VIEW;
	}

	@GetMapping("/dashboard/export.xlsx")
	ResponseEntity<byte[]> export(@Valid MatrixFilter filter, UnitScope scope, Locale locale) throws IOException {
		var matrix = matrix(filter, scope);
		var start = matrix.quarter().start();
		var name = this.messages.getMessage("dashboard.export.file",
				new Object[] { String.valueOf(start.getYear()), Quarters.of(start) }, locale);
		var disposition = ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(MatrixWorkbook.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.body(MatrixWorkbook.write(matrix, this.messages, locale));
	}

	private Matrix matrix(MatrixFilter filter, UnitScope scope) {
		var chosen = filter.campaignIn(this.campaigns, scope, this.clock);
		var period = filter.quarterOf(chosen, this.matrices.defaultQuarter(chosen));
		return this.matrices.matrix(scope, chosen.code(), period, filter.columns());
	}

}
