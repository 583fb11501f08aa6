package com.tasktable.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Pattern;

import com.tasktable.TestDatabaseConfiguration;
import com.tasktable.records.RecordFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review in a real browser: Nanning logs last month's exposure (2.C.2), the reviewer
 * returns it with a reason, Nanning fixes it, the reviewer approves it, and Nanning's
 * dashboard cell and score change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class ReviewJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecordFixtures fixtures;

	ChromeDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.start();
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
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
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys("demo");
		this.browser.findElement(By.cssSelector("#login-form button[type=submit]")).click();
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
