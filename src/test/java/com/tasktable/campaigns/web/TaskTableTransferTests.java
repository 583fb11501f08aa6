package com.tasktable.campaigns.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.tasktable.AdministrationTest;
import com.tasktable.Html;
import com.tasktable.records.RecordFixtures;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A task table to Excel and back: the export imported into an empty campaign exports the
 * same again, imported into its own campaign changes nothing, and a file with bad cells
 * is refused with every one of them listed while nothing changes.
 */
@AdministrationTest
class TaskTableTransferTests {

	static final String SOURCE = "guangxi-2018-2020";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpSession admin;

	@BeforeEach
	void signIn() throws Exception {
		this.admin = RecordFixtures.signIn(this.mvc, "admin");
	}

	@Test
	void anExportImportedAgainGivesTheSameCampaign() throws Exception {
		var exported = export(SOURCE);
		var cells = cells(exported);
		assertThat(cells.get(0).subList(0, 12)).containsExactly("行号", "类别", "层级", "代码", "任务要求", "类型", "周期", "最少", "最多",
				"年度目标", "分值", "分批启动日期");
		assertThat(cells).hasSize(45);
		var openDays = cells.stream().filter(r -> r.get(3).equals("12.C.1")).findFirst().orElseThrow();
		assertThat(openDays.get(2)).isEqualTo("地级市");
		assertThat(openDays.get(11)).contains("南宁市 2018-10-01");

		this.mvc
			.perform(post("/admin/campaigns").session(this.admin)
				.with(csrf())
				.param("code", "gx-copy")
				.param("name", "广西（导入副本）")
				.param("startDate", "2018-01-01")
				.param("endDate", "2020-12-31")
				.param("timeZone", "Asia/Shanghai")
				.param("lateAfterDays", "10")
				.param("lockAfterDays", "30")
				.param("rootUnitCode", "guangxi"))
			.andExpect(status().is3xxRedirection());
		var page = upload("gx-copy", exported, "2018-01-01");
		assertThat(Html.text(page, "import-done")).contains("新增 14 行").contains("新增任务 44 项");
		assertThat(cells(export("gx-copy"))).isEqualTo(cells);

		var versions = versions();
		page = upload(SOURCE, exported, "2020-06-01");
		assertThat(Html.text(page, "import-done")).contains("未变 44 项");
		assertThat(versions()).isEqualTo(versions);
	}

	@Test
	void theScoreModeColumnRoundTripsAndAFileWithoutItImportsWithTheDefault() throws Exception {
		var exported = export(SOURCE);
		var cells = cells(exported);
		int column = TaskTableWorkbook.COLUMNS.indexOf("scoreMode");
		assertThat(cells.get(0).get(column)).isEqualTo("计分方式");
		assertThat(row(cells, "3.C.2").get(column)).isEqualTo("按完成比例计分");
		assertThat(row(cells, "1.C.1").get(column)).as("only yearly targets have a mode").isEmpty();

		int line = cells.indexOf(row(cells, "9.C.1"));
		var allOrNothing = edit(exported, sheet -> sheet.getRow(line).getCell(column).setCellValue("All or nothing"));
		createCampaign("gx-modes");
		assertThat(Html.text(upload("gx-modes", allOrNothing, "2018-01-01"), "import-done")).contains("新增任务 44 项");
		assertThat(this.jdbc.queryForList(
				"""
						select o.code || ' ' || v.score_mode from obligation_version v join obligation o on o.id = v.obligation_id
						join campaign c on c.id = o.campaign_id where c.code = 'gx-modes' and v.score_mode is not null
						order by o.code""",
				String.class))
			.containsExactly("3.C.2 PROPORTIONAL", "3.R.2 PROPORTIONAL", "9.C.1 ALL_OR_NOTHING", "9.R.1 PROPORTIONAL");
		var again = cells(export("gx-modes"));
		assertThat(row(again, "9.C.1").get(column)).isEqualTo("达标才得分");
		assertThat(again)
			.isEqualTo(cells.stream().map(r -> (r == cells.get(line)) ? with(r, column, "达标才得分") : r).toList());

		var withoutColumn = edit(exported, sheet -> sheet.forEach(r -> {
			if (r.getCell(column) != null) {
				r.removeCell(r.getCell(column));
			}
		}));
		createCampaign("gx-old-file");
		assertThat(Html.text(upload("gx-old-file", withoutColumn, "2018-01-01"), "import-done")).contains("新增任务 44 项");
		assertThat(cells(export("gx-old-file"))).as("yearly targets in proportion, the default").isEqualTo(cells);
	}

	@Test
	void shortNamesRoundTripAndAFileWithoutThemLeavesThemAsTheyAre() throws Exception {
		var exported = export(SOURCE);
		var cells = cells(exported);
		int zh = TaskTableWorkbook.COLUMNS.indexOf("shortName");
		int en = TaskTableWorkbook.COLUMNS.indexOf("shortNameEn");
		assertThat(cells.get(0).get(zh)).isEqualTo("简称");
		assertThat(row(cells, "1.C.1").get(zh)).isEqualTo("新闻发布会");
		assertThat(row(cells, "1.C.1").get(en)).isEqualTo("Press conference");
		assertThat(cells.subList(1, cells.size())).allSatisfy(r -> assertThat(r.get(zh)).isNotBlank());

		int line = cells.indexOf(row(cells, "5.C.2"));
		var renamed = edit(exported, sheet -> sheet.getRow(line).getCell(zh).setCellValue("原创稿件"));
		createCampaign("gx-names");
		assertThat(Html.text(upload("gx-names", renamed, "2018-01-01"), "import-done")).contains("新增任务 44 项");
		assertThat(row(cells(export("gx-names")), "5.C.2").get(zh)).isEqualTo("原创稿件");

		var withoutNames = edit(exported, sheet -> sheet.forEach(r -> {
			for (int c : new int[] { zh, en }) {
				if (r.getCell(c) != null) {
					r.removeCell(r.getCell(c));
				}
			}
		}));
		assertThat(Html.text(upload("gx-names", withoutNames, "2018-01-01"), "import-done")).contains("未变 44 项");
		assertThat(row(cells(export("gx-names")), "5.C.2").get(zh)).as("no columns: names stay").isEqualTo("原创稿件");
	}

	private static List<String> row(List<List<String>> cells, String code) {
		return cells.stream().filter(r -> r.get(3).equals(code)).findFirst().orElseThrow();
	}

	private static List<String> with(List<String> row, int column, String value) {
		var changed = new ArrayList<>(row);
		changed.set(column, value);
		return changed;
	}

	private void createCampaign(String code) throws Exception {
		this.mvc
			.perform(post("/admin/campaigns").session(this.admin)
				.with(csrf())
				.param("code", code)
				.param("name", "广西（" + code + "）")
				.param("startDate", "2018-01-01")
				.param("endDate", "2020-12-31")
				.param("timeZone", "Asia/Shanghai")
				.param("lateAfterDays", "10")
				.param("lockAfterDays", "30")
				.param("rootUnitCode", "guangxi"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void everyBadCellIsReportedAndNothingChanges() throws Exception {
		var exported = export(SOURCE);
		var bad = edit(exported, sheet -> {
			sheet.getRow(2).getCell(5).setCellValue("每日打卡");
			sheet.getRow(3).getCell(7).setCellValue("两次");
			sheet.getRow(4).getCell(3).setCellValue(sheet.getRow(5).getCell(3).getStringCellValue());
			sheet.getRow(6).getCell(11).setCellValue("火星市 2019-01-01");
			sheet.getRow(7).getCell(14).setCellValue("2019-02-30");
			sheet.getRow(8).getCell(10).setCellValue(104.55);
		});
		var versions = versions();
		var audits = this.jdbc.queryForObject("select count(*) from audit_event", Integer.class);
		var page = upload(SOURCE, bad, "2020-06-01");
		var problems = Html.bodyRows(Html.element(page, "import-problems")).stream().map(Html::text).toList();
		assertThat(problems).contains("任务表 3 F 类型 无法识别“每日打卡”。", "任务表 4 H 最少 不是数字。",
				"任务表 7 L 分批启动日期 无法识别“火星市 2019-01-01”，应为“单位 yyyy-MM-dd”。", "任务表 8 O 生效日期 请按 yyyy-MM-dd 填写日期。");
		assertThat(problems).as("what the lines break as a whole is reported with the unreadable cells")
			.contains("任务表 9 K 分值 分值须为 0—100 之间、最多两位小数的数。")
			.anySatisfy(p -> assertThat(p).startsWith("任务表 6 D 代码 代码与第 5 行重复"));
		assertThat(versions()).isEqualTo(versions);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event", Integer.class)).isEqualTo(audits);

		var duplicate = edit(exported, sheet -> {
			sheet.getRow(4).getCell(3).setCellValue(sheet.getRow(5).getCell(3).getStringCellValue());
			sheet.getRow(8).getCell(10).setCellValue(14.55);
		});
		page = upload(SOURCE, duplicate, "2020-06-01");
		problems = Html.bodyRows(Html.element(page, "import-problems")).stream().map(Html::text).toList();
		assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("任务表 6 D 代码 代码与第 5 行重复"))
			.anySatisfy(p -> assertThat(p).contains("分值合计为 110.00"));
		assertThat(versions()).isEqualTo(versions);
	}

	@Test
	void withScriptTheImportRunsInTheBackgroundAndThePagePollsItsProgress() throws Exception {
		var exported = export(SOURCE);
		var first = this.mvc
			.perform(multipart("/admin/campaigns/" + SOURCE + "/import")
				.file(new MockMultipartFile("file", "task-table.xlsx", TaskTableWorkbook.CONTENT_TYPE, exported))
				.param("appliesFrom", "2020-06-01")
				.header("HX-Request", "true")
				.session(this.admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first).doesNotContain("<html").contains("hx-trigger=\"load delay:500ms\"");
		var poll = Pattern.compile("hx-get=\"([^\"]+)\"").matcher(first);
		assertThat(poll.find()).isTrue();
		this.jdbc.update("""
				insert into app_user (username, display_name, password_hash, unit_id)
				select 'admin3', 'Third administrator', password_hash, unit_id from app_user where username = 'admin'
				on conflict do nothing""");
		this.jdbc.update("""
				insert into app_user_role (user_id, role) select id, 'ADMIN' from app_user where username = 'admin3'
				on conflict do nothing""");
		this.mvc.perform(get(poll.group(1)).session(RecordFixtures.signIn(this.mvc, "admin3")))
			.andExpect(status().isNotFound());
		var page = first;
		for (int i = 0; i < 100 && !page.contains("import-done") && !page.contains("import-problems"); i++) {
			Thread.sleep(100);
			page = this.mvc.perform(get(poll.group(1)).session(this.admin))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
		}
		assertThat(Html.text(page, "import-done")).contains("未变 44 项");

		var broken = this.mvc
			.perform(multipart("/admin/campaigns/" + SOURCE + "/import")
				.file(new MockMultipartFile("file", "table.xlsx", "application/octet-stream", "not excel".getBytes()))
				.param("appliesFrom", "2020-06-01")
				.session(this.admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(broken, "import-problems")).contains("不是 Excel（.xlsx）文件");
		this.mvc
			.perform(get("/admin/campaigns/" + SOURCE + "/import").session(RecordFixtures.signIn(this.mvc, "reviewer")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/imports/" + UUID.randomUUID()).session(this.admin))
			.andExpect(status().isNotFound());
	}

	private byte[] export(String code) throws Exception {
		return this.mvc.perform(get("/admin/campaigns/" + code + "/export.xlsx").session(this.admin))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", TaskTableWorkbook.CONTENT_TYPE))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private String upload(String code, byte[] file, String appliesFrom) throws Exception {
		return this.mvc
			.perform(multipart("/admin/campaigns/" + code + "/import")
				.file(new MockMultipartFile("file", "task-table.xlsx", TaskTableWorkbook.CONTENT_TYPE, file))
				.param("appliesFrom", appliesFrom)
				.session(this.admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private List<String> versions() {
		return this.jdbc.queryForList(
				"""
						select o.code || ' ' || v.valid_from || ' ' || coalesce(v.frequency, '') || ' ' || v.weight || ' ' || v.version
						from obligation_version v join obligation o on o.id = v.obligation_id
						join campaign c on c.id = o.campaign_id where c.code = ? order by o.code, v.valid_from""",
				String.class, SOURCE);
	}

	static List<List<String>> cells(byte[] xlsx) throws Exception {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var formatter = new DataFormatter();
			var sheet = workbook.getSheetAt(0);
			List<List<String>> rows = new ArrayList<>();
			for (var row : sheet) {
				List<String> values = new ArrayList<>();
				for (int i = 0; i < TaskTableWorkbook.COLUMNS.size(); i++) {
					values.add(formatter.formatCellValue(row.getCell(i)));
				}
				rows.add(values);
			}
			return rows;
		}
	}

	static byte[] edit(byte[] xlsx, Consumer<Sheet> change) throws Exception {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); var out = new ByteArrayOutputStream()) {
			change.accept(workbook.getSheetAt(0));
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
