package com.tasktable.browser;

import java.nio.file.Files;
import java.time.Duration;

import com.tasktable.evidence.EvidenceSamples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city reporter logs a press conference with a photo in a real browser, and cannot open
 * another city's record.
 */
@BrowserTest
class RecordJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

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
	void nanningLogsAPressConferenceWithAPhoto() throws Exception {
		var photo = Files.createTempFile("发布会", ".jpg");
		Files.write(photo, EvidenceSamples.jpeg());

		open("/login?lang=zh-CN");
		Browser.signIn(this.browser, "nanning");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("reporter-section")));
		assertThat(this.browser.findElement(By.id("reporter-section")).getText()).contains("南宁市");

		this.browser.findElement(By.linkText("登记")).click();
		this.browser.findElement(By.partialLinkText("1.C.1")).click();
		this.browser.findElement(By.id("title")).sendKeys("南宁市第四季度例行新闻发布会（浏览器测试）");
		this.browser.findElement(By.id("outlet")).sendKeys("南宁市人民政府新闻办公室");
		this.browser.findElement(By.id("files")).sendKeys(photo.toAbsolutePath().toString());
		click(By.cssSelector("#record-form button[type=submit]"));
		waitFor(ExpectedConditions.urlMatches("/records/\\d+$"));

		assertThat(this.browser.findElement(By.tagName("h1")).getText()).contains("浏览器测试");
		assertThat(this.browser.findElement(By.cssSelector(".alert-success")).getText()).contains("记录已保存");
		assertThat(imageLoaded(this.browser.findElement(By.cssSelector("img.evidence-preview")))).isTrue();

		this.browser.findElement(By.linkText("记录")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("records-table")));
		var firstRow = this.browser.findElement(By.cssSelector("#records-table tbody tr"));
		assertThat(firstRow.getText()).contains("浏览器测试").contains("待审核");
		assertThat(imageLoaded(firstRow.findElement(By.cssSelector("img.records-thumb")))).isTrue();

		var liuzhouRecord = this.jdbc.queryForObject("""
				select min(r.id) from activity_record r join unit u on u.id = r.unit_id where u.code = 'liuzhou'""",
				Long.class);
		open("/records/" + liuzhouRecord);
		waitFor(ExpectedConditions.titleIs("未找到"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("未找到");
		assertThat(this.browser.getPageSource()).doesNotContain("柳州市");
	}

	@Test
	void onAPhoneNanningLogsFromACardWithoutScrollingSideways() {
		Browser.release(this.browser);
		this.browser = Browser.startPhone();
		open("/login?lang=zh-CN");
		assertThat(innerWidth()).isEqualTo(390);
		Browser.signIn(this.browser, "nanning");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("due-cards")));
		assertNoSidewaysScrolling();
		// the cards stack one a row, the log button as wide as its card
		var button = this.browser.findElement(By.cssSelector("#due-cards a.log-button"));
		var card = button.findElement(By.xpath("ancestor::article"));
		assertThat(card.getRect().getWidth()).isLessThanOrEqualTo(390);
		assertThat(button.getRect().getWidth()).isGreaterThan(card.getRect().getWidth() * 8 / 10);
		click(button);
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("record-form")));
		assertNoSidewaysScrolling();
		assertThat(this.browser.findElement(By.id("period-preview")).getText()).contains("这条记录将计入");
		var title = this.browser.findElements(By.id("title"));
		if (!title.isEmpty()) {
			title.get(0).sendKeys("手机登记测试");
		}
		open("/records");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("records-table")));
		assertNoSidewaysScrolling();
		var unit = this.browser.findElement(By.cssSelector("#records-table tbody tr td:nth-child(3)"));
		assertThat(((JavascriptExecutor) this.browser).executeScript(
				"return getComputedStyle(arguments[0]).whiteSpace + ' ' + (arguments[0].scrollWidth <= arguments[0].clientWidth)",
				unit))
			.as("the unit's name on one line")
			.isEqualTo("nowrap true");
	}

	@Test
	void nanningLogsAnActivityWithTheKeyboardOnly() {
		open("/login?lang=zh-CN");
		this.browser.findElement(By.id("username")).sendKeys("nanning");
		this.browser.findElement(By.id("username")).sendKeys(Keys.TAB, "demo", Keys.ENTER);
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("due-cards")));
		open("/records/new?obligation=" + this.jdbc.queryForObject("""
				select o.id from obligation o join campaign c on c.id = o.campaign_id
				where o.code = '1.C.1' order by c.end_date desc limit 1""", Long.class));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("record-form")));
		// an empty title first: the error summary takes the focus
		tabTo("title");
		this.browser.switchTo().activeElement().sendKeys(Keys.ENTER);
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
		assertThat(this.browser.switchTo().activeElement().getAttribute("id")).isEqualTo("error-summary");
		assertThat(this.browser.findElement(By.id("title")).getAttribute("aria-invalid")).isEqualTo("true");
		tabTo("title");
		this.browser.switchTo().activeElement().sendKeys("南宁市例行新闻发布会（键盘测试）", Keys.ENTER);
		waitFor(ExpectedConditions.urlMatches("/records/\\d+$"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).contains("键盘测试");
	}

	/** Presses Tab until the field with this id has the focus (at most 40 times). */
	private void tabTo(String id) {
		for (int i = 0; i < 40; i++) {
			var focused = this.browser.switchTo().activeElement();
			if (id.equals(focused.getAttribute("id"))) {
				return;
			}
			focused.sendKeys(Keys.TAB);
		}
		throw new AssertionError("Tab never reached #" + id);
	}

	/**
	 * Scrolls the element into view at once (Bootstrap makes scrolling smooth, and a
	 * click during the scroll lands outside the viewport), then clicks it.
	 */
	private void click(By by) {
		click(this.browser.findElement(by));
	}

	private void click(WebElement element) {
		((JavascriptExecutor) this.browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	private long innerWidth() {
		return (Long) ((JavascriptExecutor) this.browser).executeScript("return window.innerWidth");
	}

	private void assertNoSidewaysScrolling() {
		var widths = (String) ((JavascriptExecutor) this.browser)
			.executeScript("return document.documentElement.scrollWidth + ' <= ' + window.innerWidth");
		var parts = widths.split(" <= ");
		assertThat(Long.parseLong(parts[0])).as(this.browser.getCurrentUrl() + ": " + widths)
			.isLessThanOrEqualTo(Long.parseLong(parts[1]));
	}

	@Test
	void theReviewerSwitchesQuarterAndOpensACell() {
		open("/login?lang=zh-CN");
		Browser.signIn(this.browser, "reviewer");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("reviewer-section")));

		this.browser.findElement(By.linkText("看板")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("matrix-CITY")));
		new Select(this.browser.findElement(By.id("campaign"))).selectByValue("guangxi-2018-2020");
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "2020 年第 4 季度"));
		new Select(this.browser.findElement(By.id("year"))).selectByValue("2019");
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "2019 年第 4 季度"));
		new Select(this.browser.findElement(By.id("quarter"))).selectByValue("2");
		waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "2019 年第 2 季度"));
		assertThat(this.browser.getCurrentUrl()).contains("quarter=2");

		var cell = this.browser
			.findElement(By.cssSelector("#matrix-CITY tbody tr:first-child td.matrix-cell a.matrix-link"));
		var figure = cell.findElement(By.className("cell-figure")).getText();
		cell.click();
		// the cell page: its periods, then its records of every state; the approved ones
		// are
		// the figure (approved, or approved + pending)
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("cell-periods")));
		this.browser.findElement(By.cssSelector("#cell-states a[href$='state=APPROVED']")).click();
		waitFor(ExpectedConditions.urlContains("state=APPROVED"));
		assertThat(this.browser.getCurrentUrl()).contains("quarter=2");
		if (!figure.contains("/")) {
			assertThat(this.browser.findElement(By.id("cell-count")).getText())
				.contains("共 " + figure.split("\\+")[0] + " 条记录");
		}
		assertThat(this.browser.findElements(By.cssSelector("#cell-records tbody tr"))).isNotEmpty();
	}

	private void waitFor(ExpectedCondition<?> condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(condition);
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private boolean imageLoaded(WebElement image) {
		return (Boolean) ((JavascriptExecutor) this.browser)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image);
	}

}
