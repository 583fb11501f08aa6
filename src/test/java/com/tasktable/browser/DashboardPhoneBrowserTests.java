package com.tasktable.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reviewer's dashboards on a 390 px phone with touch: the matrix reads one unit a line
 * above its table, which scrolls in its own box; the trends draw their charts (each a
 * named image beside its table), rank the units in the order of the table, keep the
 * chosen unit in the address, and mark the running quarter. No page is wider than the
 * phone.
 */
@BrowserTest
class DashboardPhoneBrowserTests {

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.startPhone();
		open("/login?lang=zh-CN");
		Browser.signIn(this.browser, "reviewer");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("account-menu")));
	}

	@AfterEach
	void closeBrowser() {
		Browser.release(this.browser);
	}

	@Test
	void theMatrixReadsOneUnitALineAboveATableThatScrollsInItsBox() {
		open("/dashboard?campaign=guangxi-2018-2020&year=2019&quarter=2");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.id("matrix-CITY")));
		assertThat(pageOverflow()).as("the page never widens").isEqualTo("");

		List<WebElement> lines = this.browser.findElements(By.cssSelector(".matrix-summary-row"));
		var units = this.browser.findElements(By.cssSelector(".matrix tbody th.matrix-unit"));
		assertThat(lines).hasSameSizeAs(units).allSatisfy(line -> assertThat(line.isDisplayed()).isTrue());
		var nanning = lines.stream().filter(l -> l.getText().startsWith("南宁市")).findFirst().orElseThrow();
		assertThat(nanning.getText()).containsPattern("完成率 \\d+\\.\\d%").containsPattern("\\d+ 项");

		var box = "document.getElementById('matrix-CITY').closest('.matrix-scroll')";
		assertThat((Boolean) this.browser
			.executeScript("const b = " + box + "; return b.scrollWidth > b.clientWidth && b.tabIndex === 0"))
			.as("the table scrolls inside its focusable box")
			.isTrue();
		Object unitWidth = this.browser
			.executeScript("return document.querySelector('#matrix-CITY tbody th.matrix-unit').offsetWidth");
		assertThat(((Number) unitWidth).intValue()).as("the frozen unit column leaves room for the cells")
			.isLessThan(130);
	}

	@Test
	void theTrendsRankTheUnitsSetOneAgainstTheAverageAndMarkTheRunningQuarter() {
		open("/dashboard/trends");
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trends-ranking canvas")));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#trends-comparison canvas")));
		assertThat(pageOverflow()).as("the page never widens").isEqualTo("");

		for (var id : List.of("trends-ranking", "trends-comparison")) {
			var chart = this.browser.findElement(By.id(id));
			assertThat(chart.getDomAttribute("role")).isEqualTo("img");
			assertThat(chart.getDomAttribute("aria-label")).isNotBlank();
			var summary = this.browser.findElement(By.id(chart.getDomAttribute("aria-describedby")));
			assertThat(summary.getText()).containsPattern("\\d+\\.\\d%");
			assertThat(chart.getSize().getWidth()).isLessThanOrEqualTo(390);
		}
		// the bars are drawn in the order of the ranking's table, best first
		@SuppressWarnings("unchecked")
		var drawn = (List<String>) this.browser.executeScript(
				"return echarts.getInstanceByDom(document.getElementById('trends-ranking')).getOption().yAxis[0].data;");
		var listed = this.browser.findElements(By.cssSelector("#ranking-table tbody th"))
			.stream()
			.map(th -> th.getDomProperty("textContent").strip())
			.toList();
		assertThat(drawn).hasSize(14).containsExactlyElementsOf(listed);
		tap(this.browser.findElement(By.cssSelector("#ranking-numbers summary")));
		assertThat(this.browser.findElement(By.id("ranking-table")).isDisplayed()).isTrue();

		// the running quarter, on the heatmap's header and the line chart's axis
		var running = this.browser.findElement(By.cssSelector("#trends-table thead th.trend-running"));
		assertThat(running.getText()).contains("进行中");
		Object axis = this.browser.executeScript(
				"const o = echarts.getInstanceByDom(document.getElementById('trends-comparison')).getOption();"
						+ "return o.xAxis[0].data[o.xAxis[0].data.length - 1];");
		assertThat(axis).asString().endsWith("（进行中）");

		new Select(this.browser.findElement(By.id("unit"))).selectByValue("hechi");
		tap(this.browser.findElement(By.cssSelector("#trends-filters button[type=submit]")));
		waitFor(ExpectedConditions.textToBe(By.id("comparison-heading"), "河池市与各单位平均"));
		assertThat(this.browser.getCurrentUrl()).contains("unit=hechi");
		assertThat(pageOverflow()).isEqualTo("");
	}

	/** What sticks out of the window, empty when nothing does. */
	private String pageOverflow() {
		return (String) this.browser.executeScript("""
				const w = document.documentElement.clientWidth;
				if (document.documentElement.scrollWidth <= window.innerWidth) { return ''; }
				return [...document.querySelectorAll('body *')]
					.filter(e => e.getBoundingClientRect().right > w + 1)
					.slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join('; ');""");
	}

	/**
	 * Brought to the middle of the screen at once (the page scrolls smoothly), then
	 * clicked.
	 */
	private void tap(WebElement element) {
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	private void waitFor(ExpectedCondition<?> condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(condition);
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

}
