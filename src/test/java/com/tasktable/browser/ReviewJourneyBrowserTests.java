package com.tasktable.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.tasktable.evidence.EvidenceSamples;
import com.tasktable.evidence.Upload;
import com.tasktable.records.RecordDraft;
import com.tasktable.records.RecordFixtures;
import com.tasktable.records.RecordKeeping;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review in a real browser: Nanning logs last month's exposure (2.C.2), the reviewer
 * returns it with a reason, Nanning fixes it, the reviewer approves it, and Nanning's
 * dashboard cell and score change.
 */
@BrowserTest
class ReviewJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	RecordKeeping keeping;

	ChromeDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.start();
	}

	@AfterEach
	void closeBrowser() {
		Browser.release(this.browser);
	}

	@Test
	void returnedFixedApprovedAndTheCellAndScoreChange() {
		var live = this.fixtures.live().code();
		// the month before last, whose grace days are over whatever the day: nothing for
		// Nanning on 2.C.2 makes it missed (points lost), and the reviewer reopens it
		var month = this.fixtures.today().withDayOfMonth(1).minusMonths(2);
		var monthEnd = month.plusMonths(1).minusDays(1);
		var obligation = this.fixtures.obligation("2.C.2");
		this.jdbc.update("""
				update activity_record set state = 'WITHDRAWN'
				where obligation_id = ? and unit_id = (select id from unit where code = 'nanning')
				  and activity_date between ? and ?""", obligation, month, monthEnd);
		this.jdbc.update("""
				insert into period_unlock (unit_id, from_date, to_date, open_until, reason, unlocked_by)
				select u.id, ?, ?, null, '浏览器测试', a.id from unit u, app_user a
				where u.code = 'nanning' and a.username = 'reviewer'""", month, monthEnd);
		var quarter = (month.getMonthValue() + 2) / 3;
		var dashboard = "/dashboard?campaign=" + live + "&year=" + month.getYear() + "&quarter=" + quarter;
		var scorePage = "/scores/nanning?campaign=" + live + "&year=" + month.getYear() + "&month="
				+ month.getMonthValue();

		signIn("reviewer");
		open(dashboard);
		var cellBefore = nanningCell();
		open(scorePage);
		var totalBefore = text("score-total");
		var lostBefore = lostOnExposure();
		assertThat(lostBefore).isNotEqualTo("0.00");

		// Nanning logs the exposure of that month (late: it will count as met late)
		signIn("nanning");
		open("/records/new?obligation=" + obligation);
		setDate("activityDate", month.plusDays(14));
		this.browser.findElement(By.id("title")).sendKeys("南宁市曝光一批环境违法案件（浏览器审核测试）");
		click(By.cssSelector("#record-form button[type=submit]"));
		waitFor(ExpectedConditions.urlMatches("/records/\\d+$"));
		var url = this.browser.getCurrentUrl();
		var id = url.substring(url.lastIndexOf('/') + 1);

		// the reviewer returns it with a reason
		signIn("reviewer");
		assertThat(text("review-count")).isNotEqualTo("0");
		var queue = "/review?unit=nanning&obligation=2.C.2&from=" + month + "&to=" + monthEnd;
		open(queue);
		click(By.cssSelector("#queue-" + id + " a.btn-outline-danger"));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("return-form")));
		this.browser.findElement(By.id("reason")).sendKeys("请补充案件名单和曝光链接");
		click(By.cssSelector("#return-form button[type=submit]"));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(this.browser.getCurrentUrl()).endsWith(queue);
		assertThat(Browser.absent(this.browser, By.id("queue-" + id))).isTrue();

		// Nanning sees the reason on the home page and fixes the record
		signIn("nanning");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("returned-records")));
		// folded into a strip that opens on a tap
		assertThat(text("returned-records")).startsWith("待修改 (").doesNotContain("请补充案件名单和曝光链接");
		click(By.id("returned-summary"));
		assertThat(text("returned-records")).contains("请补充案件名单和曝光链接");
		click(By.cssSelector("#returned-records a"));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("record-form")));
		var title = this.browser.findElement(By.id("title"));
		title.clear();
		title.sendKeys("南宁市曝光一批环境违法案件（附名单）");
		this.browser.findElement(By.id("details")).sendKeys("名单：……");
		click(By.cssSelector("#record-form button[type=submit]"));
		waitFor(ExpectedConditions.urlMatches("/records/\\d+$"));
		assertThat(this.browser.findElement(By.cssSelector(".badge.state-PENDING")).getText()).isEqualTo("待审核");

		// the reviewer approves it
		signIn("reviewer");
		open(queue);
		assertThat(text("queue-" + id)).contains("已重新提交");
		assertThat(this.browser.findElement(By.cssSelector("#queue-" + id + " input[name=items]"))
			.getAttribute("aria-label")).startsWith("选择：南宁市").contains("（附名单）");
		click(By.cssSelector("#queue-" + id + " button.btn-success"));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(this.browser.getCurrentUrl()).endsWith(queue);
		open("/records/" + id);
		assertThat(text("decision-history")).contains("退回修改", "修改后重新提交", "审核通过");

		// Nanning's cell and score change
		open(dashboard);
		assertThat(nanningCell()).isNotEqualTo(cellBefore);
		open(scorePage);
		assertThat(lostOnExposure()).isNotEqualTo(lostBefore);
		assertThat(number(text("score-total"))).isGreaterThan(number(totalBefore));
	}

	/**
	 * The reviewer looks at a record's photos in the viewer (mouse and keyboard, Esc
	 * closes it and gives the focus back), then approves the filter's results after
	 * confirming their count.
	 */
	@Test
	void evidenceViewerAndBulkApprovalOfAFilter() {
		var today = this.fixtures.today();
		var withPhotos = new RecordDraft(today, "玉林市曝光违法案件（带现场照片）", null, List.of(), null, null, null, null);
		var photos = this.keeping.create(this.fixtures.user("yulin"), this.fixtures.obligation("2.C.2"), withPhotos,
				List.of(new Upload("现场一.png", EvidenceSamples.png()), new Upload("现场二.jpg", EvidenceSamples.jpeg()),
						new Upload("通报.pdf", EvidenceSamples.pdf())),
				null);
		var other = this.keeping.create(this.fixtures.user("yulin"), this.fixtures.obligation("2.C.2"),
				new RecordDraft(today, "玉林市曝光违法案件（第二批）", null, List.of(), null, null, null, null), List.of(), null);
		var queue = "/review?unit=yulin&obligation=2.C.2&from=" + today + "&to=" + today;

		signIn("reviewer");
		open(queue);
		var thumbnails = this.browser.findElements(By.cssSelector("#queue-" + photos + " a[data-evidence-viewer]"));
		assertThat(thumbnails).hasSize(2);
		assertThat(thumbnails.get(0).findElement(By.tagName("img")).getAttribute("loading")).isEqualTo("lazy");
		assertThat(text("queue-" + photos)).contains("通报.pdf");
		click(By.cssSelector("#queue-" + photos + " a[data-evidence-viewer]"));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("evidence-viewer-image")));
		waitFor(driver -> imageLoaded());
		assertThat(text("evidence-viewer-title")).isEqualTo("现场一.png");
		assertThat(this.browser.findElement(By.id("evidence-viewer-image")).getAttribute("alt")).isEqualTo("现场一.png");
		assertThat(text("evidence-viewer-position")).isEqualTo("1 / 2");
		// the arrow keys move within the record's images; Esc closes and the focus goes
		// back
		this.browser.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
		waitFor(ExpectedConditions.textToBe(By.id("evidence-viewer-title"), "现场二.jpg"));
		waitFor(driver -> imageLoaded());
		this.browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
		waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("evidence-viewer")));
		// Bootstrap gives the focus back once the closing transition has ended
		waitFor(driver -> "现场一.png".equals(driver.switchTo().activeElement().getAttribute("data-evidence-name")));
		// the keyboard alone opens it too
		this.browser.switchTo().activeElement().sendKeys(Keys.ENTER);
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("evidence-viewer-image")));
		assertThat(text("evidence-viewer-title")).isEqualTo("现场一.png");
		// Bootstrap ignores Esc until the opening transition has ended (it then moves the
		// focus into the viewer): a busy machine sent it too early once
		waitFor(driver -> viewerHasFocus());
		this.browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
		waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("evidence-viewer")));
		// the return form shows the same files and viewer
		open("/review/records/" + photos + "/return?unit=yulin");
		click(By.cssSelector("#return-evidence a[data-evidence-viewer]"));
		waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("evidence-viewer-image")));
		waitFor(driver -> imageLoaded());
		waitFor(driver -> viewerHasFocus());
		this.browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
		waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("evidence-viewer")));

		// approve every record of the filter, after confirming how many
		long pending = this.jdbc.queryForObject("""
				select count(*) from activity_record r join unit u on u.id = r.unit_id
				where u.code = 'yulin' and r.state = 'PENDING' and r.obligation_id = ? and r.activity_date = ?""",
				Long.class, this.fixtures.obligation("2.C.2"), today);
		open(queue);
		assertThat(text("approve-filtered")).isEqualTo("批量通过筛选结果（共 " + pending + " 条）");
		click(By.id("approve-filtered"));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("bulk-confirm")));
		assertThat(text("bulk-count")).isEqualTo("将通过 " + pending + " 条待审核记录。");
		assertThat(text("bulk-filter")).contains("玉林市", "2.C.2");
		click(By.id("bulk-confirm"));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(this.browser.getCurrentUrl()).endsWith(queue);
		assertThat(Browser.absent(this.browser, By.id("queue-" + photos))).isTrue();
		assertThat(Browser.absent(this.browser, By.id("queue-" + other))).isTrue();
		assertThat(this.jdbc.queryForList("select state from activity_record where id in (?, ?)", String.class, photos,
				other))
			.containsOnly("APPROVED");
	}

	/** The viewer is open and done opening: the focus is in it, no transition running. */
	private boolean viewerHasFocus() {
		return Boolean.TRUE.equals(((JavascriptExecutor) this.browser).executeScript("""
				const v = document.getElementById('evidence-viewer');
				const m = window.bootstrap && bootstrap.Modal.getInstance(v);
				return v.contains(document.activeElement) && !!m && !m._isTransitioning;"""));
	}

	private boolean imageLoaded() {
		return Boolean.TRUE.equals(((JavascriptExecutor) this.browser).executeScript(
				"const i = document.getElementById('evidence-viewer-image'); return i.complete && i.naturalWidth > 0;"));
	}

	private void click(By by) {
		var element = this.browser.findElement(by);
		((JavascriptExecutor) this.browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	private String nanningCell() {
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("matrix-CITY")));
		return (String) ((JavascriptExecutor) this.browser).executeScript(
				"""
						const t = document.getElementById('matrix-CITY');
						const heads = [...t.querySelectorAll('thead tr.matrix-columns th')]
							.map(h => h.querySelector('.obligation-code').textContent.trim());
						const col = 2 + heads.indexOf('2.C.2');
						const row = [...t.querySelectorAll('tbody tr')].find(r => r.querySelector('th').textContent.trim() === '南宁市');
						return row.children[col].textContent.trim() + ' ' + row.children[col].className;""");
	}

	private String lostOnExposure() {
		var cells = this.browser.findElements(By.cssSelector("#item-2\\.C\\.2 td"));
		return cells.get(cells.size() - 1).getText();
	}

	private static double number(String text) {
		var matcher = Pattern.compile("\\d+(\\.\\d+)?").matcher(text);
		return matcher.find() ? Double.parseDouble(matcher.group()) : 0;
	}

	private void signIn(String username) {
		this.browser.manage().deleteAllCookies();
		open("/login?lang=zh-CN");
		Browser.signIn(this.browser, username);
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("account-menu")));
	}

	private void setDate(String id, LocalDate date) {
		((JavascriptExecutor) this.browser).executeScript("arguments[0].value = arguments[1]",
				this.browser.findElement(By.id(id)), date.toString());
	}

	private String text(String id) {
		return this.browser.findElement(By.id(id)).getText();
	}

	private void waitFor(ExpectedCondition<?> condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(condition);
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
