package com.tasktable.users.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.tasktable.units.UnitView;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;
import com.tasktable.users.UserAdministration;
import com.tasktable.users.UserDetail;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Information officers' contacts (document 003: each department and county names one),
 * per unit inside the administrator's scope, with the units that have none yet; the same
 * list as an Excel file.
 */
@Controller
class OfficerController {

	static final String VIEW = "admin/officers";

	private final UserAdministration users;

	private final Units units;

	private final MessageSource messages;

	OfficerController(UserAdministration users, Units units, MessageSource messages) {
		this.users = users;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping("/admin/officers")
	String list(CurrentUser user, Model model) {
		model.addAttribute("rows", rows(user));
		return VIEW;
	}

	@GetMapping("/admin/officers.xlsx")
	ResponseEntity<byte[]> export(CurrentUser user, Locale locale) throws IOException {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet(text("admin.officers.title", locale));
			var head = sheet.createRow(0);
			var headers = List.of("admin.user.unit", "admin.user.displayName", "admin.user.position",
					"admin.user.phone", "admin.user.email");
			for (int i = 0; i < headers.size(); i++) {
				head.createCell(i).setCellValue(text(headers.get(i), locale));
				sheet.setColumnWidth(i, 24 * 256);
			}
			int r = 1;
			for (var row : rows(user)) {
				var line = sheet.createRow(r++);
				line.createCell(0).setCellValue(row.unit().displayName(locale));
				if (row.officer() == null) {
					line.createCell(1).setCellValue(text("admin.officers.none", locale));
					continue;
				}
				line.createCell(1).setCellValue(row.officer().displayName());
				line.createCell(2).setCellValue(nonNull(row.officer().position()));
				line.createCell(3).setCellValue(nonNull(row.officer().phone()));
				line.createCell(4).setCellValue(nonNull(row.officer().email()));
			}
			workbook.write(out);
			return ResponseEntity.ok()
				.contentType(
						MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename(text("admin.officers.file", locale), StandardCharsets.UTF_8)
							.build()
							.toString())
				.body(out.toByteArray());
		}
	}

	/** Every unit in the scope in tree order, with each of its officers, or none. */
	private List<OfficerRow> rows(CurrentUser user) {
		Map<Long, List<UserDetail>> byUnit = this.users.informationOfficers(user.scope())
			.stream()
			.collect(Collectors.groupingBy(u -> u.unit().id()));
		return this.units.within(user.scope())
			.stream()
			.flatMap(unit -> byUnit.getOrDefault(unit.id(), Collections.singletonList(null))
				.stream()
				.map(officer -> new OfficerRow(unit, officer)))
			.toList();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

	/**
	 * A unit and one of its officers.
	 *
	 * @param unit the unit
	 * @param officer the officer, null when the unit has not named one
	 */
	record OfficerRow(UnitView unit, UserDetail officer) {
	}

}
